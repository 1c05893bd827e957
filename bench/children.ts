/**
 * The benches other engineers own, run as they are run alone (`npm run bench:totals`,
 * `npm run bench:emulator`), in child processes; each merges its figures into
 * bench/results.json under its own key, which `npm run bench` reads back.
 */
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const CHILD_TIMEOUT_MS = 240_000

/** Resolves when the script exits with 0; its output goes to this terminal as it comes. */
export function runBenchScript(script: 'totals.ts' | 'emulator.ts'): Promise<void> {
  const path = fileURLToPath(new URL(`./${script}`, import.meta.url))
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path], {
      stdio: ['ignore', 'inherit', 'inherit'],
      timeout: CHILD_TIMEOUT_MS,
    })
    child.once('error', reject)
    child.once('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`bench/${script} ended with ${signal ?? code}`)),
    )
  })
}
