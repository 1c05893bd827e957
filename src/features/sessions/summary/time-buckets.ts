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

/** Start of the UTC hour, day or (Monday-based) week holding `time`. */
export function bucketStart(time: number, unit: BucketUnit): number {
  if (unit === 'hour') return Math.floor(time / HOUR) * HOUR
  const day = Math.floor(time / DAY) * DAY
  if (unit === 'day') return day
  const weekday = (new Date(day).getUTCDay() + 6) % 7 // Monday = 0
  return day - weekday * DAY
}

const STEP: Record<BucketUnit, number> = { hour: HOUR, day: DAY, week: 7 * DAY }

export interface CreditsBucket {
  /** ISO 8601 start of the bucket, UTC. */
  start: string
  credits: number
  sessions: number
  running: number
}

export interface CreditsOverTime {
  unit: BucketUnit
  buckets: CreditsBucket[]
}

/**
 * Credits per bucket from `from` to `to` (each defaults to the earliest or latest session),
 * empty buckets included, so a quiet day shows as a gap rather than vanishing.
 */
export function creditsOverTime(
  sessions: readonly Session[],
  range: { from?: string | null; to?: string | null } = {},
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
    return { unit: 'day', buckets: [] }
  }
  const unit = chooseBucketUnit(to - from)
  const first = bucketStart(from, unit)
  const count = Math.floor((bucketStart(to, unit) - first) / STEP[unit]) + 1
  const units = new Array<number>(count).fill(0)
  const counts = new Array<number>(count).fill(0)
  const running = new Array<number>(count).fill(0)

  for (const session of sessions) {
    if (session.createdAt === null) continue
    const index = Math.floor(
      (bucketStart(Date.parse(session.createdAt), unit) - first) / STEP[unit],
    )
    if (index < 0 || index >= count) continue
    counts[index]! += 1
    if (session.credits === 'running') running[index]! += 1
    else if (typeof session.credits === 'number') units[index]! += toCreditUnits(session.credits)
  }

  return {
    unit,
    buckets: units.map((bucketUnits, index) => ({
      start: new Date(first + index * STEP[unit]).toISOString(),
      credits: fromCreditUnits(bucketUnits),
      sessions: counts[index]!,
      running: running[index]!,
    })),
  }
}
