import type { BucketUnit } from './time-buckets.ts'

/** The smallest of 1, 2, 2.5 or 5 times a power of ten at or above `value`: a readable axis top. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1
  const power = 10 ** Math.floor(Math.log10(value))
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= value * (1 - 1e-12))!
  return step * power
}

/** About `count` evenly spread bucket indexes to label on the time axis, first and last included. */
export function tickIndexes(buckets: number, count: number): number[] {
  if (buckets <= 0) return []
  if (buckets <= count) return Array.from({ length: buckets }, (_, index) => index)
  const ticks = Array.from({ length: count }, (_, k) =>
    Math.round((k * (buckets - 1)) / (count - 1)),
  )
  return [...new Set(ticks)]
}

const utc = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' })
const dayFormat = utc({ month: 'short', day: 'numeric' })
const longDayFormat = utc({ weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' })
const hourFormat = utc({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

/** A bucket's name on the axis: "Oct 31", "14:00", "Oct 26". */
export function axisLabel(start: string, unit: BucketUnit): string {
  const date = new Date(start)
  return unit === 'hour' ? hourFormat.format(date) : dayFormat.format(date)
}

/** A bucket's full name, for its tooltip and accessible label. All times are UTC. */
export function bucketLabel(start: string, unit: BucketUnit): string {
  const date = new Date(start)
  if (unit === 'hour') return `${longDayFormat.format(date)}, ${hourFormat.format(date)} UTC`
  if (unit === 'week') return `Week of ${longDayFormat.format(date)}`
  return longDayFormat.format(date)
}

export const UNIT_TITLE: Record<BucketUnit, string> = {
  hour: 'Credits per hour (UTC)',
  day: 'Credits per day (UTC)',
  week: 'Credits per week (UTC, from Monday)',
}
