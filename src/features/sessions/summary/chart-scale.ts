import type { BucketUnit } from './time-buckets.ts'

/** The smallest of 1, 2, 2.5 or 5 times a power of ten at or above `value`: a readable axis top. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1
  const power = 10 ** Math.floor(Math.log10(value))
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= value * (1 - 1e-12))!
  return step * power
}

/**
 * At most `count` bucket indexes to label on the time axis, evenly spaced and counted back from
 * the last bucket, the latest period being the one people look for.
 */
export function tickIndexes(buckets: number, count: number): number[] {
  if (buckets <= 0 || count <= 0) return []
  if (buckets <= count) return Array.from({ length: buckets }, (_, index) => index)
  const step = Math.ceil((buckets - 1) / Math.max(count - 1, 1))
  const ticks: number[] = []
  for (let index = buckets - 1; index >= 0; index -= step) ticks.unshift(index)
  return ticks
}

/** Formats by zone, made once each: a chart redraws its labels on every hover. */
const formats = new Map<string, Intl.DateTimeFormat>()
function formatIn(zone: string, style: 'day' | 'longDay' | 'hour'): Intl.DateTimeFormat {
  const key = `${style}\n${zone}`
  let format = formats.get(key)
  if (!format) {
    const options: Record<typeof style, Intl.DateTimeFormatOptions> = {
      day: { month: 'short', day: 'numeric' },
      longDay: { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' },
      hour: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
    }
    format = new Intl.DateTimeFormat('en-US', { ...options[style], timeZone: zone })
    formats.set(key, format)
  }
  return format
}

/** A bucket's name on the axis: "Oct 31", "14:00", "Oct 26". */
export function axisLabel(start: string, unit: BucketUnit, zone: string): string {
  return formatIn(zone, unit === 'hour' ? 'hour' : 'day').format(new Date(start))
}

/** A bucket's full name, for its tooltip and accessible label, in the chart's zone. */
export function bucketLabel(start: string, unit: BucketUnit, zone: string): string {
  const date = new Date(start)
  const day = formatIn(zone, 'longDay').format(date)
  if (unit === 'hour') return `${day}, ${formatIn(zone, 'hour').format(date)}`
  if (unit === 'week') return `Week of ${day}`
  return day
}

const PER_UNIT: Record<BucketUnit, string> = {
  hour: 'per hour',
  day: 'per day',
  week: 'per week (from Monday)',
}

/** The chart's title, which says whose hours and days its bars are: "Credits per day (UTC)". */
export function chartTitle(unit: BucketUnit, zone: string): string {
  return `Credits ${PER_UNIT[unit]} (${zone})`
}
