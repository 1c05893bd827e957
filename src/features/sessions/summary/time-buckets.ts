import { wallTime, wallToTime } from '../../../lib/date-time.ts'
import type { Session } from '../api/session-model.ts'
import { fromCreditUnits, toCreditUnits } from './credit-units.ts'

export type BucketUnit = 'hour' | 'day' | 'week'

const HOUR = 3_600_000
const DAY = 24 * HOUR

/**
 * Per hour for ranges up to 48 h, per day up to 120 days; beyond that per week, since a bar per
 * day of a year-long range would be thinner than a pixel.
 */
export function chooseBucketUnit(spanMs: number): BucketUnit {
  if (spanMs <= 48 * HOUR) return 'hour'
  if (spanMs <= 120 * DAY) return 'day'
  return 'week'
}

/**
 * Start of the hour, day or (Monday-based) week holding `time`, as a clock in `zone` tells
 * them: a day in Berlin starts at 22:00 or 23:00 UTC, and one a year lasts 25 hours.
 */
export function bucketStart(time: number, unit: BucketUnit, zone: string): number {
  const wall = wallTime(time, zone)
  if (unit === 'hour') return wallToTime({ ...wall, minute: 0, second: 0 }, zone)
  const daysBack =
    unit === 'week'
      ? (new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay() + 6) % 7
      : 0
  return wallToTime({ ...wall, day: wall.day - daysBack, hour: 0, minute: 0, second: 0 }, zone)
}

/** The start of the bucket after the one starting at `start`. */
function nextBucketStart(start: number, unit: BucketUnit, zone: string): number {
  if (unit === 'hour') return start + HOUR
  const wall = wallTime(start, zone)
  const days = unit === 'week' ? 7 : 1
  return wallToTime({ ...wall, day: wall.day + days, hour: 0, minute: 0, second: 0 }, zone)
}

export interface CreditsBucket {
  /** ISO 8601 start of the bucket. */
  start: string
  credits: number
  sessions: number
  running: number
}

export interface CreditsOverTime {
  unit: BucketUnit
  /** The zone whose hours, days and weeks the buckets are. */
  zone: string
  buckets: CreditsBucket[]
}

/** The index of the last start at or before `time`, or -1 (starts ascending). */
function bucketIndex(starts: readonly number[], time: number): number {
  let low = 0
  let high = starts.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (starts[middle]! <= time) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  return found
}

/**
 * Credits per bucket of `zone` from `from` to `to` (each defaults to the earliest or latest
 * session), empty buckets included, so a quiet day shows as a gap rather than vanishing.
 */
export function creditsOverTime(
  sessions: readonly Session[],
  range: { from?: string | null; to?: string | null } = {},
  zone = 'UTC',
): CreditsOverTime {
  // A loop, not Math.min(...times): spreading a hundred thousand arguments overflows the stack.
  let earliest = Infinity
  let latest = -Infinity
  for (const session of sessions) {
    if (session.createdAt === null) continue
    const time = Date.parse(session.createdAt)
    earliest = Math.min(earliest, time)
    latest = Math.max(latest, time)
  }
  const from = range.from ? Date.parse(range.from) : earliest
  const to = range.to ? Date.parse(range.to) : latest
  if (!Number.isFinite(from) || !Number.isFinite(to) || to < from) {
    return { unit: 'day', zone, buckets: [] }
  }
  const unit = chooseBucketUnit(to - from)
  // Bucket edges are found once, in the zone, and each session placed among them by search:
  // a zone's days are not all 24 hours long, so there is no fixed step to divide by.
  const starts = [bucketStart(from, unit, zone)]
  while (nextBucketStart(starts.at(-1)!, unit, zone) <= to) {
    starts.push(nextBucketStart(starts.at(-1)!, unit, zone))
  }
  const units = new Array<number>(starts.length).fill(0)
  const counts = new Array<number>(starts.length).fill(0)
  const running = new Array<number>(starts.length).fill(0)
  const end = nextBucketStart(starts.at(-1)!, unit, zone)

  for (const session of sessions) {
    if (session.createdAt === null) continue
    const time = Date.parse(session.createdAt)
    if (time >= end) continue
    const index = bucketIndex(starts, time)
    if (index < 0) continue
    counts[index]! += 1
    if (session.credits === 'running') running[index]! += 1
    else if (typeof session.credits === 'number') units[index]! += toCreditUnits(session.credits)
  }

  return {
    unit,
    zone,
    buckets: starts.map((start, index) => ({
      start: new Date(start).toISOString(),
      credits: fromCreditUnits(units[index]!),
      sessions: counts[index]!,
      running: running[index]!,
    })),
  }
}
