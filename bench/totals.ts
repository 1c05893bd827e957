/**
 * `npm run bench:totals`: how long the dashboard takes to total 10,000 matching sessions through
 * the proxy and the emulator, beside its floor. It prints figures and asserts nothing.
 *
 * (a) the walk: the very module the UI runs (walk + aggregation, fetch injected), in Node;
 * (b) the floor: a plain loop fetching the same pages with the same concurrency, doing nothing
 *     but JSON.parse. The ratio (a)/(b) is what the dashboard's own code costs.
 * Figures go to bench/results.json under `totals`, other keys kept.
 */
import { randomUUID } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { listen } from '../server/listen.ts'
import { createProxyApp } from '../server/proxy.ts'
import { startEmulator } from '../server/emulator/index.ts'
import { DEFAULT_SEARCH, encodeSearch } from '../src/features/sessions/search-params.ts'
import { aggregateSessions } from '../src/features/sessions/summary/aggregate.ts'
import { WALK_CONCURRENCY, walkAllPages } from '../src/features/sessions/api/walk-pages.ts'
import { walkSearch } from '../src/features/sessions/api/walk-query.ts'
import { getJson } from '../src/lib/http.ts'

const SESSIONS = 10_000
const RUNS = 15
const BUDGET_MS = 3_000
const resultsFile = fileURLToPath(new URL('./results.json', import.meta.url))

const apiKey = randomUUID()
const emulator = await startEmulator({ sessions: SESSIONS, now: new Date(), seed: 1, apiKey })
const proxy = await listen(
  createProxyApp({ upstreamUrl: emulator.url, apiKey, mode: 'emulator' }),
  {
    port: 0,
    host: '127.0.0.1',
  },
)

/** (a) Exactly what the summary's query does, with the proxy's address in front of each path. */
async function dashboardWalk(): Promise<{ sessions: number; credits: number; requests: number }> {
  let requests = 0
  const walk = await walkAllPages({
    search: DEFAULT_SEARCH,
    fetchJson: (path, signal) => {
      requests += 1
      return getJson(`${proxy.url}${path}`, signal)
    },
  })
  const totals = aggregateSessions(walk.sessions)
  return { sessions: totals.sessions, credits: totals.credits, requests }
}

/** (b) The same requests, the same concurrency, no reading beyond JSON.parse. */
async function floorWalk(): Promise<{ sessions: number; requests: number }> {
  const base = { ...walkSearch(DEFAULT_SEARCH), created_to: new Date().toISOString() }
  const url = (page: number) =>
    `${proxy.url}/api/v1/sessions?${encodeSearch({ ...base, page }, 'api')}`
  const fetchPage = async (page: number) => {
    const response = await fetch(url(page), { headers: { accept: 'application/json' } })
    return JSON.parse(await response.text()) as {
      data: { sessions: unknown[]; total_pages: number }
    }
  }
  const first = await fetchPage(1)
  let sessions = first.data.sessions.length
  let next = 2
  const worker = async () => {
    while (next <= first.data.total_pages) {
      const body = await fetchPage(next++)
      sessions += body.data.sessions.length
    }
  }
  await Promise.all(Array.from({ length: WALK_CONCURRENCY }, worker))
  return { sessions, requests: first.data.total_pages }
}

async function time<T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now()
  const result = await run()
  return { ms: performance.now() - started, result }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
const round = (ms: number) => Math.round(ms * 10) / 10

try {
  // One warm-up of each: JIT, keep-alive connections, the emulator's first sort.
  await dashboardWalk()
  await floorWalk()

  const walkMs: number[] = []
  const floorMs: number[] = []
  let last = { sessions: 0, credits: 0, requests: 0 }
  // Alternated, so drift in the machine's load hits both alike.
  for (let run = 0; run < RUNS; run += 1) {
    const walk = await time(dashboardWalk)
    walkMs.push(walk.ms)
    last = walk.result
    floorMs.push((await time(floorWalk)).ms)
  }

  const summary = {
    sessions: last.sessions,
    requests: last.requests,
    concurrency: WALK_CONCURRENCY,
    runs: RUNS,
    walk: {
      medianMs: round(median(walkMs)),
      minMs: round(Math.min(...walkMs)),
      maxMs: round(Math.max(...walkMs)),
    },
    floor: {
      medianMs: round(median(floorMs)),
      minMs: round(Math.min(...floorMs)),
      maxMs: round(Math.max(...floorMs)),
    },
    ratio: Math.round((median(walkMs) / median(floorMs)) * 100) / 100,
    budgetMs: BUDGET_MS,
    measuredAt: new Date().toISOString(),
  }

  console.log(
    `Totals of ${summary.sessions.toLocaleString('en-US')} sessions, ${summary.requests} requests, ${WALK_CONCURRENCY} at a time, ${RUNS} runs`,
  )
  console.log(
    `  walk (dashboard code): median ${summary.walk.medianMs} ms  (${summary.walk.minMs}–${summary.walk.maxMs})`,
  )
  console.log(
    `  floor (fetch + JSON.parse): median ${summary.floor.medianMs} ms  (${summary.floor.minMs}–${summary.floor.maxMs})`,
  )
  console.log(
    `  ratio walk/floor: ${summary.ratio}   budget: ${BUDGET_MS} ms   total credits: ${last.credits.toFixed(2)}`,
  )

  const previous = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {}
  writeFileSync(resultsFile, `${JSON.stringify({ ...previous, totals: summary }, null, 2)}\n`)
  console.log(`  written to ${resultsFile} (key "totals")`)
} finally {
  await proxy.close()
  await emulator.close()
}
