/**
 * One emulator in its own process for bench/emulator.ts, so each data-set size is measured
 * from a fresh heap. Reports its URL when listening, and its CPU time and memory when asked.
 */
import { startEmulator } from '../server/emulator/index.ts'

const sessions = Number(process.env.BENCH_SESSIONS)
const started = performance.now()
const emulator = await startEmulator({
  sessions,
  now: new Date('2026-11-17T15:30:00Z'),
  seed: 1,
  apiKey: 'bench-key',
})
const buildMs = performance.now() - started

process.on('message', (message) => {
  if (message !== 'stats') return
  // CPU time spent by this process: unlike wall time, it does not grow when the machine is busy.
  const { user, system } = process.cpuUsage()
  globalThis.gc?.()
  const { rss, heapUsed } = process.memoryUsage()
  const peakRss = process.resourceUsage().maxRSS * 1024
  process.send?.({ rss, heapUsed, peakRss, cpuMicros: user + system })
})
process.on('disconnect', () => void emulator.close().then(() => process.exit(0)))
process.send?.({ url: emulator.url, buildMs })
