/**
 * `npm run bench:load`: how the production server (static files + proxy + emulator, one
 * process) holds up under 200 concurrent list requests. It prints figures and asserts nothing.
 *
 * The server runs in a child process so its memory figures are its own, not the load
 * generator's. Both talk over 127.0.0.1 only; the emulator is forced (ANCHOR_API_KEY is
 * emptied), so no request ever leaves the machine. The same file is the child (`--server`).
 */
import { fork } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { startProductionServer } from '../server/production.ts'

const CONCURRENCY = 200
const ROUNDS = 5
const REQUEST_TIMEOUT_MS = 15_000
const DEADLINE_MS = 90_000
const SETTLE_MS = 3_000
const SAMPLE_MS = 25

type Memory = { rss: number; heapUsed: number }
type ToChild = 'peak' | 'gc' | 'close'
type FromChild = { url: string } | { memory: Memory; peak?: Memory }

const distDir = fileURLToPath(new URL('../dist', import.meta.url))

if (process.argv.includes('--server')) await runServer()
else await runBench()

async function runServer(): Promise<void> {
  const server = await startProductionServer({
    env: { ...process.env, ANCHOR_API_KEY: '' },
    config: { port: 0, host: '127.0.0.1', allowedHosts: [], proxyTimeoutMs: REQUEST_TIMEOUT_MS },
    distDir,
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
      globalThis.gc?.()
      send({ memory: memory() })
    }
    if (message === 'close') void server.close().then(() => process.exit(0))
  })
  send({ url: server.url })
}

async function runBench(): Promise<void> {
  if (!existsSync(`${distDir}/index.html`)) {
    console.error('dist/ is missing: run `npm run build` first.')
    process.exit(1)
  }
  const child = fork(fileURLToPath(import.meta.url), ['--server'], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
  })
  const replies: Array<(message: FromChild) => void> = []
  child.on('message', (message: FromChild) => replies.shift()?.(message))
  const next = () => new Promise<FromChild>((resolve) => replies.push(resolve))
  const ask = async (message: ToChild) => {
    const reply = next()
    child.send(message)
    return (await reply) as { memory: Memory; peak?: Memory }
  }

  const ready = (await next()) as { url: string }
  await fetch(`${ready.url}/api/v1/sessions`) // first request pays for lazy setup
  const before = (await ask('gc')).memory

  const latencies: number[] = []
  let errors = 0
  const deadline = Date.now() + DEADLINE_MS
  const started = performance.now()
  for (let round = 0; round < ROUNDS && Date.now() < deadline; round++) {
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async (_, i) => {
        const t0 = performance.now()
        try {
          const response = await fetch(`${ready.url}/api/v1/sessions?${filters(round, i)}`, {
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
  const atPeak = await ask('peak')
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
  const after = (await ask('gc')).memory
  child.send('close')

  latencies.sort((a, b) => a - b)
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
  const ms = (q: number) =>
    `${(latencies[Math.floor(q * (latencies.length - 1))] ?? 0).toFixed(1)} ms`
  const peak = atPeak.peak ?? atPeak.memory
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
}

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

function memory(): Memory {
  const { rss, heapUsed } = process.memoryUsage()
  return { rss, heapUsed }
}
