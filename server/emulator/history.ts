/**
 * `GET /v1/sessions/history`: account usage per UTC bucket, computed from the same sessions
 * the list serves, so the two always agree. Choices the contract leaves open:
 * - the series is dense: every bucket of the range is listed, empty ones with zeros;
 * - `from_date` defaults to 90 days before the clock and `to_date` to the clock (inclusive);
 * - values are sums of what the list shows: a running session counts as a session but adds
 *   no credits (not final yet) and no hours (its duration is null); null or absent
 *   proxy_bytes / steps / duration count as 0;
 * - the emulator models no screenshots and no traffic beside the proxy's: `screenshots` counts
 *   one per AI step (an agent looks before each step) and `network_bytes_total` is the proxy
 *   bytes, so both are plausible and add up like the rest.
 * As the provider's OpenAPI file says: `metrics` defaults to `[session_count]`, and may come as
 * a comma list, repeated (`metrics=a&metrics=b`, the array form), or both.
 */
import {
  HISTORY_GRANULARITIES,
  HISTORY_METRICS,
  type HistoryGranularity,
  type HistoryMetric,
  type SessionsHistoryResponse,
} from '../../contract/anchor-api.ts'
import { bucketCount, bucketStart, nthBucket } from './buckets.ts'
import { invalidParam } from './errors.ts'
import { readDateTime, readEnum, readInteger, splitList } from './params.ts'
import { firstAfter, firstAtOrAfter, type EmulatorStore } from './store.ts'

const DEFAULT_SPAN_MS = 90 * 24 * 3_600_000
const DEFAULT_METRICS: readonly HistoryMetric[] = ['session_count']

export interface HistoryQuery {
  fromMs: number
  toMs: number
  granularity: HistoryGranularity
  metrics: HistoryMetric[]
  page: number
  limit: number
}

export function parseHistoryQuery(params: URLSearchParams, nowMs: number): HistoryQuery {
  const requested = params.getAll('metrics').flatMap(splitList)
  for (const metric of requested) {
    if (!HISTORY_METRICS.includes(metric as HistoryMetric)) {
      throw invalidParam('metrics', metric, `a comma list of ${HISTORY_METRICS.join(', ')}`)
    }
  }
  const toMs = readDateTime(params, 'to_date') ?? nowMs
  return {
    fromMs: readDateTime(params, 'from_date') ?? toMs - DEFAULT_SPAN_MS,
    toMs,
    granularity: readEnum(params, 'granularity', HISTORY_GRANULARITIES, 'day'),
    // Canonical order, duplicates dropped: the response never depends on how the list was typed.
    metrics:
      requested.length === 0
        ? [...DEFAULT_METRICS]
        : HISTORY_METRICS.filter((m) => requested.includes(m)),
    page: readInteger(params, 'page', 1, 1),
    limit: readInteger(params, 'limit', 100, 1, 1000),
  }
}

/** Integer sums (cents, seconds, bytes, steps) so bucket totals add up exactly. */
interface Sums {
  sessions: number
  cents: number
  seconds: number
  bytes: number
  steps: number
}

const emptySums = (): Sums => ({ sessions: 0, cents: 0, seconds: 0, bytes: 0, steps: 0 })

function add(store: EmulatorStore, sums: Sums, i: number): void {
  const c = store.columns
  sums.sessions++
  sums.cents += c.creditCents[i] ?? 0
  sums.seconds += c.duration[i] ?? 0
  sums.bytes += c.proxyBytes[i] ?? 0
  sums.steps += c.steps[i] ?? 0
}

function metricValue(sums: Sums, metric: HistoryMetric): number {
  switch (metric) {
    case 'session_count':
      return sums.sessions
    case 'proxy_bytes':
    case 'network_bytes_total':
      return sums.bytes
    case 'ai_steps':
    case 'screenshots':
      return sums.steps
    case 'session_hours':
      return sums.seconds / 3600
    case 'credits_used':
      return sums.cents / 100
  }
}

export function sessionsHistory(store: EmulatorStore, q: HistoryQuery): SessionsHistoryResponse {
  const { createdAt } = store.columns
  const totalRecords = bucketCount(q.fromMs, q.toMs, q.granularity)
  const firstBucket = bucketStart(q.fromMs, q.granularity)
  const pageFirst = (q.page - 1) * q.limit
  const pageSize = Math.max(0, Math.min(q.limit, totalRecords - pageFirst))
  const starts = Array.from({ length: pageSize + 1 }, (_, k) =>
    nthBucket(firstBucket, pageFirst + k, q.granularity),
  )
  const buckets = starts.slice(0, pageSize).map(emptySums)

  const summary = emptySums()
  const end = firstAfter(createdAt, q.toMs)
  let bucket = 0
  for (let i = firstAtOrAfter(createdAt, q.fromMs); i < end; i++) {
    add(store, summary, i)
    const at = createdAt[i] ?? 0
    if (pageSize === 0 || at < (starts[0] ?? 0)) continue
    while (bucket < pageSize && at >= (starts[bucket + 1] ?? 0)) bucket++
    const sums = buckets[bucket]
    if (sums) add(store, sums, i)
  }

  const totalPages = Math.ceil(totalRecords / q.limit)
  return {
    data: buckets.map((sums, k) => ({
      date: new Date(starts[k] ?? 0).toISOString(),
      ...Object.fromEntries(q.metrics.map((m) => [m, metricValue(sums, m)])),
    })),
    summary: {
      total_sessions: summary.sessions,
      total_credits_used: summary.cents / 100,
      total_proxy_bytes: summary.bytes,
      total_ai_steps: summary.steps,
      total_session_hours: summary.seconds / 3600,
    },
    pagination: {
      current_page: q.page,
      total_pages: totalPages,
      total_records: totalRecords,
      has_next: q.page < totalPages,
      has_prev: q.page > 1,
    },
  }
}
