/**
 * `npm run bench:load`, second part: a soak of server renders. 10,000 list pages rendered by
 * the production server (each with its first page of sessions from the emulator, through the
 * proxy), CONCURRENCY at a time, then the server's heap after a forced garbage collection
 * against its heap before. A render that leaves anything behind (a timer, a listener, a cache)
 * shows here as growth: 18 KB a page once made 10,000 pages some 180 MB. Target: within 10 MB.
 * It prints figures and asserts nothing.
 */
import { mb, REQUEST_TIMEOUT_MS, startServerChild } from './load-protocol.ts'

const PAGES = Number(process.env.SOAK_PAGES ?? 10_000)
const CONCURRENCY = 20
const WARM_UP = 50
const SETTLE_MS = 3_000

const server = await startServerChild({ render: true })

let next = 0
let errors = 0
let withRows = 0
async function renderPages(count: number): Promise<void> {
  const end = next + count
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < end) {
        const i = next++
        try {
          const response = await fetch(`${server.url}/?${pageQuery(i)}`, {
            headers: { 'accept-encoding': 'gzip, br', cookie: 'tz=Europe/Berlin' },
            signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
          })
          const html = await response.text()
          if (response.status !== 200) errors++
          else if (html.includes('data-session-rows')) withRows++
        } catch {
          errors++
        }
      }
    }),
  )
}

// The first pages pay for loading the render code and warming the emulator's caches.
await renderPages(WARM_UP)
const before = await server.gc()
errors = 0
withRows = 0
const started = performance.now()
await renderPages(PAGES)
const seconds = (performance.now() - started) / 1000
const { peak } = await server.peak()
await new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
const after = await server.gc()
server.close()

console.log('\nServer-rendered list pages (soak)')
console.log(`pages        ${PAGES} (${CONCURRENCY} concurrent), ${withRows} with their rows`)
console.log(`errors       ${errors}`)
console.log(`throughput   ${(PAGES / seconds).toFixed(1)} pages/s (${seconds.toFixed(1)} s)`)
console.log(`heap         ${mb(before.heapUsed)} before, ${mb(after.heapUsed)} after gc`)
console.log(`             growth ${mb(after.heapUsed - before.heapUsed)} (target: under 10 MB)`)
console.log(`rss          ${mb(before.rss)} before, peak ${mb(peak.rss)}, ${mb(after.rss)} after`)

/** Varied list pages, as people would ask for them: filters, sorts, pages, sizes. */
function pageQuery(i: number): string {
  const params = new URLSearchParams({
    page: String(1 + (i % 10)),
    limit: String([20, 50][i % 2]),
    sort_by: ['created_at', 'used_credits'][i % 3 === 0 ? 1 : 0] ?? 'created_at',
  })
  if (i % 4 === 0) params.set('status', 'completed')
  if (i % 7 === 0) params.set('tags', 'production')
  return params.toString()
}
