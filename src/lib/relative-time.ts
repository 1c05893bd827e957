/**
 * Times relative to "now", in the form Grafana made familiar: `now`, `now-7d`, `now/d`,
 * `now-1M/M`. A link that says `created_from=now-7d` means the last seven days whenever it is
 * opened; each view resolves it against its own clock and time zone.
 *
 *   now          the moment of resolution
 *   now-90m      minus an amount of one unit: m minutes, h hours, d days, w weeks, M months,
 *                y years (days and longer count on the calendar of the zone, so a day across
 *                a change of the clocks is still one day)
 *   now/d        rounded to the start of the unit (as a range's start) or to its end (as its
 *                end): now-1d/d to now-1d/d is yesterday, from its first millisecond to its last
 */
import { wallTime, wallToTime, type WallTime } from './date-time.ts'

export const TIME_UNITS = ['m', 'h', 'd', 'w', 'M', 'y'] as const
export type TimeUnit = (typeof TIME_UNITS)[number]

export interface RelativeTime {
  /** Taken away from now; null for now itself. */
  offset: { amount: number; unit: TimeUnit } | null
  /** The unit to round to, or null. */
  round: TimeUnit | null
}

/** Which end of a range a time is: a start rounds down, an end rounds up. */
export type RangeEnd = 'from' | 'to'

const MAX_AMOUNT = 9999
const PATTERN = /^now(?:-(\d{1,4})([mhdwMy]))?(?:\/([mhdwMy]))?$/

/** The relative time `text` names, or null when it is not one (an ISO time, junk). */
export function parseRelativeTime(text: string): RelativeTime | null {
  const match = PATTERN.exec(text)
  if (!match) return null
  const [, amount, unit, round] = match
  const offset = amount && unit ? { amount: Number(amount), unit: unit as TimeUnit } : null
  if (offset && (offset.amount < 1 || offset.amount > MAX_AMOUNT)) return null
  return { offset, round: (round as TimeUnit | undefined) ?? null }
}

/** The canonical text of a relative time, e.g. `now-7d` or `now-1d/d`. */
export function formatRelativeTime({ offset, round }: RelativeTime): string {
  return `now${offset ? `-${offset.amount}${offset.unit}` : ''}${round ? `/${round}` : ''}`
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/** Wall-clock fields with `amount` of `unit` added (may overflow: wallToTime rolls them). */
function addToWall(wall: WallTime, amount: number, unit: 'd' | 'w' | 'M' | 'y'): WallTime {
  if (unit === 'd' || unit === 'w') {
    return { ...wall, day: wall.day + amount * (unit === 'w' ? 7 : 1) }
  }
  const months = wall.month - 1 + amount * (unit === 'y' ? 12 : 1)
  const year = wall.year + Math.floor(months / 12)
  const month = (((months % 12) + 12) % 12) + 1
  // 31 March minus a month is the last day of February, not 3 March.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return { ...wall, year, month, day: Math.min(wall.day, lastDay) }
}

/** The wall time at which the unit holding `wall` starts (weeks start on Monday). */
function startOfUnit(wall: WallTime, unit: TimeUnit): WallTime {
  const zero = { ...wall, second: 0 }
  if (unit === 'm') return zero
  if (unit === 'h') return { ...zero, minute: 0 }
  const day = { ...zero, minute: 0, hour: 0 }
  if (unit === 'd') return day
  if (unit === 'w') {
    const weekday = new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay()
    return { ...day, day: wall.day - ((weekday + 6) % 7) }
  }
  if (unit === 'M') return { ...day, day: 1 }
  return { ...day, day: 1, month: 1 }
}

/** The instant `time` names, as the `end` of a range, at `now` in `zone`, in epoch ms. */
export function resolveRelativeTime(
  time: RelativeTime,
  end: RangeEnd,
  now: number,
  zone: string,
): number {
  let instant = now
  const { offset, round } = time
  if (offset?.unit === 'm' || offset?.unit === 'h') {
    instant -= offset.amount * (offset.unit === 'm' ? MINUTE : HOUR)
  } else if (offset) {
    instant = wallToTime(addToWall(wallTime(instant, zone), -offset.amount, offset.unit), zone)
    // Keep the milliseconds, which wall times do not carry.
    instant += now % 1000
  }
  if (!round) return instant
  const start = startOfUnit(wallTime(instant, zone), round)
  if (end === 'from') return wallToTime(start, zone)
  // An end is the last millisecond of its unit: the API's created_to includes its instant.
  if (round === 'm') return wallToTime(start, zone) + MINUTE - 1
  if (round === 'h') return wallToTime(start, zone) + HOUR - 1
  return wallToTime(addToWall(start, 1, round), zone) - 1
}

/** Each unit's name in words, singular. */
export const UNIT_WORDS: Record<TimeUnit, string> = {
  m: 'minute',
  h: 'hour',
  d: 'day',
  w: 'week',
  M: 'month',
  y: 'year',
}

const plural = (amount: number, unit: TimeUnit) =>
  `${amount} ${UNIT_WORDS[unit]}${amount === 1 ? '' : 's'}`

/** One end of a range in words: "7 days ago", "start of today", "end of last month". */
export function describeRelativeTime({ offset, round }: RelativeTime, end: RangeEnd): string {
  if (!round) return offset ? `${plural(offset.amount, offset.unit)} ago` : 'now'
  const edge = end === 'from' ? 'start' : 'end'
  return `${edge} of ${unitAgo(offset, round)}`
}

/** "today", "yesterday", "this week", "last month", "3 days ago" for a rounded time. */
function unitAgo(offset: RelativeTime['offset'], round: TimeUnit): string {
  if (!offset || offset.unit !== round) {
    if (!offset) return round === 'd' ? 'today' : `this ${UNIT_WORDS[round]}`
    return `the ${UNIT_WORDS[round]} ${plural(offset.amount, offset.unit)} ago`
  }
  if (offset.amount === 1) return round === 'd' ? 'yesterday' : `last ${UNIT_WORDS[round]}`
  return `${plural(offset.amount, round)} ago`
}
