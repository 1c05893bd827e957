/**
 * The production server for the load benches, in a child process (see load-protocol.ts): the
 * emulator is forced (ANCHOR_API_KEY emptied), so no request ever leaves the machine. With
 * `--render` the list page is rendered on the server, as `npm run serve` does.
 */
import { startProductionServer } from '../server/production.ts'
import {
  distDir,
  memory,
  REQUEST_TIMEOUT_MS,
  ssrEntry,
  type FromChild,
  type ToChild,
} from './load-protocol.ts'

const SAMPLE_MS = 25

// As `npm run serve` runs: React's production build renders the pages (see server/serve.ts).
process.env.NODE_ENV ??= 'production'
const server = await startProductionServer({
  env: { ...process.env, ANCHOR_API_KEY: '' },
  config: { port: 0, host: '127.0.0.1', allowedHosts: [], proxyTimeoutMs: REQUEST_TIMEOUT_MS },
  distDir,
  ssrEntry: process.argv.includes('--render') ? ssrEntry : undefined,
})
const peak = memory()
setInterval(() => {
  const now = memory()
  peak.rss = Math.max(peak.rss, now.rss)
  peak.heapUsed = Math.max(peak.heapUsed, now.heapUsed)
}, SAMPLE_MS).unref()
const send = (message: FromChild) => process.send?.(message)
process.on('message', (message: ToChild) => {
  if (message === 'peak') send({ memory: memory(), peak: { ...peak } })
  if (message === 'gc') {
    // Twice: the first pass can leave what finalizers released for the second.
    globalThis.gc?.()
    globalThis.gc?.()
    send({ memory: memory() })
  }
  if (message === 'close') void server.close().then(() => process.exit(0))
})
send({ url: server.url })
