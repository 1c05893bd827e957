/**
 * The servers the browser benches talk to, all on 127.0.0.1: the production server (built app,
 * proxy, emulator started by itself since no key is given) and, beside it, a floor server with
 * the same proxy in front of the same emulator, serving the plain-DOM floor pages instead
 * (bench/servers-child.ts).
 */
import { fork } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { appDist, appSsrEntry, repoRoot } from './bundle-size.ts'

/** The e2e tests' pinned data set: the same 5,000 sessions every run. */
export const BENCH_EMULATOR_ENV = {
  ANCHOR_API_KEY: '',
  EMULATOR_NOW: '2026-11-01T00:00:00.000Z',
  EMULATOR_SESSIONS: '5000',
  EMULATOR_SEED: '1',
}
/**
 * The bench's ports: BENCH_PORT and the next one (5441 by default), so that benches run from
 * several work trees on one machine need not collide.
 */
export const BENCH_PORT = Number(process.env.BENCH_PORT ?? 5441)
const APP_PORT = BENCH_PORT
const FLOOR_PORT = BENCH_PORT + 1

const rowsFloorRoot = join(repoRoot, 'bench/floor/rows')
const rowsFloorDist = join(repoRoot, 'bench/.tmp/floor-rows')

export interface BenchServers {
  appUrl: string
  floorUrl: string
  close: () => Promise<void>
}

/** The floor page is built bare (no plugins): its one module is plain DOM code. */
async function buildRowsFloor(): Promise<void> {
  await build({
    configFile: false,
    root: rowsFloorRoot,
    logLevel: 'error',
    build: { outDir: rowsFloorDist, emptyOutDir: true, modulePreload: false },
  })
}

/**
 * Needs the app built into bench/.tmp/app (bench/bundle-size.ts does it). The servers run in a
 * child process: in this one, Playwright's own traffic with the browser would delay their
 * answers to the pages being timed, which the floor's round trips (taken while nothing else
 * runs) would not suffer.
 */
export async function startBenchServers(): Promise<BenchServers> {
  await buildRowsFloor()
  const child = fork(fileURLToPath(new URL('./servers-child.ts', import.meta.url)), {
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      BENCH_SERVERS: JSON.stringify({
        appDist,
        appSsrEntry,
        floorDist: rowsFloorDist,
        appPort: APP_PORT,
        floorPort: FLOOR_PORT,
        env: BENCH_EMULATOR_ENV,
      }),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const urls = await new Promise<{ appUrl: string; floorUrl: string }>((resolve, reject) => {
    child.once('message', (message) => resolve(message as { appUrl: string; floorUrl: string }))
    child.once('exit', (code) => reject(new Error(`bench servers exited with ${code}`)))
  })
  return {
    ...urls,
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        child.disconnect()
      }),
  }
}
