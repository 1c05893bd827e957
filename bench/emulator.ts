/**
 * `npm run bench:emulator`: latency of filtered, sorted list pages through the emulator's real
 * HTTP server, and its memory, at 100k and 1M sessions. Each size runs in a fresh child
 * process so memory figures are honest. Prints figures; asserts nothing.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { availableParallelism, loadavg } from 'node:os'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { SORT_FIELDS } from '../contract/anchor-api.ts'
import { mulberry32, pick, randInt, type Rng } from '../server/emulator/random.ts'
import { DOMAINS, PROFILES, TAGS } from '../server/emulator/vocabulary.ts'

const SIZES = [100_000, 1_000_000]
const WARMUP = 30
const REQUESTS = 300
const NOW = Date.parse('2026-11-17T15:30:00Z')
const DAY = 86_400_000
const HEADERS = { 'anchor-api-key': 'bench-key' }

interface Ready {
  url: string
  buildMs: number
}
interface Stats {
  rss: number
  heapUsed: number
  peakRss: number
  cpuMicros: number
}

function nextMessage<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    child.once('message', (message) => resolve(message as T))
    child.once('exit', (code) => reject(new Error(`emulator child exited with ${code}`)))
  })
}

/** A realistic dashboard request: a sort, a page, and zero to three filters. */
function randomQuery(rng: Rng, batchId: string): string {
  const params = new URLSearchParams({
    sort_by: pick(rng, SORT_FIELDS),
    sort_order: pick(rng, ['asc', 'desc']),
    limit: String(pick(rng, [10, 20, 50])),
    page: String(rng() < 0.7 ? randInt(rng, 1, 3) : randInt(rng, 4, 400)),
  })
  const filters: Array<() => void> = [
    () => params.set('status', pick(rng, ['completed', 'failed', 'running', 'terminated'])),
    () => params.set('tags', pick(rng, TAGS)),
    () => params.set('search', pick(rng, ['prod', 'scrap', 'über', 'flow', 'QA'])),
    () => params.set('domains', pick(rng, DOMAINS)),
    () => params.set('created_from', new Date(NOW - randInt(rng, 1, 30) * DAY).toISOString()),
    () =>
      params.set(
        pick(rng, ['proxy', 'extra_stealth', 'task_initiated', 'playground']),
        pick(rng, ['true', 'false']),
      ),
    () => params.set('profile_name', pick(rng, PROFILES).slice(0, 4)),
    () => params.set('batch_id', batchId),
  ]
  const count = randInt(rng, 0, 3)
  for (let k = 0; k < count; k++) pick(rng, filters)()
  return params.toString()
}

async function timedGet(url: string): Promise<number> {
  const started = performance.now()
  const response = await fetch(url, { headers: HEADERS })
  await response.text()
  if (!response.ok) throw new Error(`${response.status} for ${url}`)
  return performance.now() - started
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN

async function measure(sessions: number) {
  const child = fork(fileURLToPath(new URL('./emulator-child.ts', import.meta.url)), {
    env: { ...process.env, BENCH_SESSIONS: String(sessions) },
    execArgv: ['--import', 'tsx', '--expose-gc'],
  })
  try {
    const { url, buildMs } = await nextMessage<Ready>(child)
    const probe = await fetch(`${url}/v1/sessions?limit=50&sort_by=api_key_name`, {
      headers: HEADERS,
    })
    const items = (await probe.json()).data.sessions as Array<{
      user_configuration: { session: { batch_id?: string } }
    }>
    const batchId = items.map((s) => s.user_configuration.session.batch_id).find(Boolean) ?? 'none'
    const rng = mulberry32(42)
    for (let k = 0; k < WARMUP; k++)
      await timedGet(`${url}/v1/sessions?${randomQuery(rng, batchId)}`)
    child.send('stats')
    const before = await nextMessage<Stats>(child)
    const times: number[] = []
    for (let k = 0; k < REQUESTS; k++) {
      times.push(await timedGet(`${url}/v1/sessions?${randomQuery(rng, batchId)}`))
    }
    child.send('stats')
    const after = await nextMessage<Stats>(child)
    times.sort((a, b) => a - b)
    const cpuMs = (after.cpuMicros - before.cpuMicros) / 1000 / REQUESTS
    return { sessions, buildMs, times, cpuMs, memory: after }
  } finally {
    child.disconnect()
  }
}

const mb = (bytes: number) => (bytes / 1_048_576).toFixed(0)
const ms = (value: number) => value.toFixed(1)

const rows: string[][] = [
  [
    'sessions',
    'build ms',
    'requests',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'max ms',
    'server CPU ms/req',
    'RSS MB',
    'peak RSS MB',
    'heap MB',
  ],
]
// Also merged into bench/results.json (key `emulator`, other keys kept) for `npm run bench`.
const results: Array<Record<string, number>> = []
for (const size of SIZES) {
  const { sessions, buildMs, times, cpuMs, memory } = await measure(size)
  results.push({
    sessions,
    buildMs: Math.round(buildMs),
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    cpuMsPerRequest: cpuMs,
    rssBytes: memory.rss,
    peakRssBytes: memory.peakRss,
  })
  rows.push([
    sessions.toLocaleString('en'),
    buildMs.toFixed(0),
    String(times.length),
    ms(percentile(times, 50)),
    ms(percentile(times, 95)),
    ms(percentile(times, 99)),
    ms(times.at(-1) ?? NaN),
    ms(cpuMs),
    mb(memory.rss),
    mb(memory.peakRss),
    mb(memory.heapUsed),
  ])
}
const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => row[col]!.length)))
console.log('Emulator: filtered, sorted GET /v1/sessions pages over HTTP on 127.0.0.1, sequential')
for (const row of rows) console.log(row.map((cell, col) => cell.padStart(widths[col]!)).join('  '))
const [load1] = loadavg()
console.log(
  `(${REQUESTS} requests after ${WARMUP} warm-up, concurrency 1; load average ${load1?.toFixed(1)} ` +
    `on ${availableParallelism()} CPUs: wall-clock figures grow on a busy machine, CPU ms do not)`,
)
const resultsFile = fileURLToPath(new URL('./results.json', import.meta.url))
const previous = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {}
writeFileSync(resultsFile, `${JSON.stringify({ ...previous, emulator: results }, null, 2)}\n`)
