/**
 * `npm run bench:load`, first part: how the production server (static files + proxy +
 * emulator, one process) holds up under 200 concurrent list requests. It prints figures and
 * asserts nothing. The second part, load-soak.ts, renders pages on the server.
 *
 * The server runs in a child process (load-server.ts) so its memory figures are its own, not
 * the load generator's. Both talk over 127.0.0.1 only.
 */
import { mb, REQUEST_TIMEOUT_MS, startServerChild } from './load-protocol.ts'

const CONCURRENCY = 200
const ROUNDS = 5
const DEADLINE_MS = 90_000
const SETTLE_MS = 3_000

const server = await startServerChild({ render: false })
await fetch(`${server.url}/api/v1/sessions`) // first request pays for lazy setup
const before = await server.gc()

const latencies: number[] = []
let errors = 0
const deadline = Date.now() + DEADLINE_MS
const started = performance.now()
for (let round = 0; round < ROUNDS && Date.now() < deadline; round++) {
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, i) => {
      const t0 = performance.now()
      try {
        const response = await fetch(`${server.url}/api/v1/sessions?${filters(round, i)}`, {
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        })
        await response.arrayBuffer()
        if (response.status !== 200) errors++
      } catch {
        errors++
      }
      latencies.push(performance.now() - t0)
    }),
  )
}
const wallMs = performance.now() - started
const { peak } = await server.peak()
await new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
const after = await server.gc()
server.close()

latencies.sort((a, b) => a - b)
const ms = (q: number) =>
  `${(latencies[Math.floor(q * (latencies.length - 1))] ?? 0).toFixed(1)} ms`
console.log('API requests (proxy + emulator)')
console.log(`requests     ${latencies.length} (${CONCURRENCY} concurrent x ${ROUNDS} rounds)`)
console.log(`errors       ${errors}`)
console.log(`wall time    ${(wallMs / 1000).toFixed(2)} s`)
console.log(`latency      p50 ${ms(0.5)}  p95 ${ms(0.95)}  max ${ms(1)}`)
console.log('server process (proxy + static + emulator), sampled every 25 ms:')
console.log(`  before     rss ${mb(before.rss)}  heap ${mb(before.heapUsed)}`)
console.log(`  peak       rss ${mb(peak.rss)}  heap ${mb(peak.heapUsed)}`)
console.log(
  `  after gc   rss ${mb(after.rss)}  heap ${mb(after.heapUsed)} (${SETTLE_MS / 1000} s later)`,
)

/** Varied filters so the emulator does real work: sizes, sorts, pages, tags, text search. */
function filters(round: number, i: number): string {
  const params = new URLSearchParams({
    limit: String([10, 20, 50][i % 3]),
    page: String(1 + ((i + round) % 20)),
    sort_by: ['created_at', 'used_credits', 'session_id', 'api_key_name'][i % 4] ?? 'created_at',
    sort_order: i % 2 === 0 ? 'desc' : 'asc',
  })
  if (i % 5 === 0) params.set('status', 'completed')
  if (i % 7 === 0) params.set('tags', 'production')
  if (i % 11 === 0) params.set('search', 'flow')
  if (i % 13 === 0) params.set('created_from', '2026-06-01T00:00:00Z')
  return params.toString()
}
