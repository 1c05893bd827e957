/**
 * UTC time buckets for the usage history. Weeks start on Monday (ISO). A bucket's `date` is
 * its start. Only the requested page of buckets is ever materialized, so an hourly series over
 * years costs nothing until it is paged through.
 */
import type { HistoryGranularity } from '../../contract/anchor-api.ts'

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS
const FIXED_MS: Record<Exclude<HistoryGranularity, 'month'>, number> = {
  hour: HOUR_MS,
  day: DAY_MS,
  week: 7 * DAY_MS,
}

/** Start of the bucket holding `ms`. */
export function bucketStart(ms: number, granularity: HistoryGranularity): number {
  if (granularity === 'month') {
    const date = new Date(ms)
    return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1)
  }
  if (granularity === 'week') {
    const day = Math.floor(ms / DAY_MS)
    // 1970-01-01 was a Thursday, which is day 3 of a week starting on Monday.
    const weekday = (((day + 3) % 7) + 7) % 7
    return (day - weekday) * DAY_MS
  }
  return Math.floor(ms / FIXED_MS[granularity]) * FIXED_MS[granularity]
}

/** Start of the `k`-th bucket after the one starting at `first`. */
export function nthBucket(first: number, k: number, granularity: HistoryGranularity): number {
  if (granularity !== 'month') return first + k * FIXED_MS[granularity]
  const date = new Date(first)
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + k, 1)
}

/** How many buckets cover [fromMs, toMs], both ends included; 0 when from is after to. */
export function bucketCount(fromMs: number, toMs: number, granularity: HistoryGranularity) {
  if (fromMs > toMs) return 0
  const first = bucketStart(fromMs, granularity)
  const last = bucketStart(toMs, granularity)
  if (granularity !== 'month') return (last - first) / FIXED_MS[granularity] + 1
  const a = new Date(first)
  const b = new Date(last)
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth() + 1
}
