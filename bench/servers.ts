/**
 * The servers the browser benches talk to, all on 127.0.0.1: the production server (built app,
 * proxy, emulator started by itself since no key is given) and, beside it, a floor server with
 * the same proxy in front of the same emulator, serving the plain-DOM floor pages instead.
 */
import { join } from 'node:path'
import { build } from 'vite'
import { listen } from '../server/listen.ts'
import { startProductionServer } from '../server/production.ts'
import { createServerApp } from '../server/server-app.ts'
import { appDist, repoRoot } from './bundle-size.ts'

/** The e2e tests' pinned data set: the same 5,000 sessions every run. */
export const BENCH_EMULATOR_ENV = {
  ANCHOR_API_KEY: '',
  EMULATOR_NOW: '2026-11-01T00:00:00.000Z',
  EMULATOR_SESSIONS: '5000',
  EMULATOR_SEED: '1',
}
/** Inside the bench's port range (5441-5449). */
const APP_PORT = 5441
const FLOOR_PORT = 5442
const PROXY_TIMEOUT_MS = 15_000

const coldLoadFloorRoot = join(repoRoot, 'bench/floor/cold-load')
const coldLoadFloorDist = join(repoRoot, 'bench/.tmp/floor-cold-load')

export interface BenchServers {
  appUrl: string
  floorUrl: string
  close: () => Promise<void>
}

/** The floor page is built bare (no plugins): its one module is plain DOM code. */
async function buildColdLoadFloor(): Promise<void> {
  await build({
    configFile: false,
    root: coldLoadFloorRoot,
    logLevel: 'error',
    build: { outDir: coldLoadFloorDist, emptyOutDir: true, modulePreload: false },
  })
}

/** Needs the app built into bench/.tmp/app (bench/bundle-size.ts does it). */
export async function startBenchServers(): Promise<BenchServers> {
  await buildColdLoadFloor()
  const app = await startProductionServer({
    env: BENCH_EMULATOR_ENV,
    config: {
      port: APP_PORT,
      host: '127.0.0.1',
      allowedHosts: [],
      proxyTimeoutMs: PROXY_TIMEOUT_MS,
    },
    distDir: appDist,
  })
  const { upstreamUrl, apiKey, mode } = app.upstream
  const floor = await listen(
    createServerApp({
      distDir: coldLoadFloorDist,
      proxy: { upstreamUrl, apiKey, mode, timeoutMs: PROXY_TIMEOUT_MS },
    }),
    { port: FLOOR_PORT, host: '127.0.0.1' },
  ).catch(async (error: unknown) => {
    await app.close()
    throw error
  })
  return {
    appUrl: app.url,
    floorUrl: floor.url,
    close: async () => {
      await floor.close()
      await app.close()
    },
  }
}
