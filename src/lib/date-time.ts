/**
 * Dates and times in a named time zone. The zone is always passed in, never read from the
 * machine: the server renders the first page in the zone the browser reported (or UTC), and
 * the browser's first render must show exactly the same text (see clock.tsx). Formats are
 * English, like the rest of the interface.
 */
import { DASH } from './format.ts'

export const UTC = 'UTC'

const formats = new Map<string, Intl.DateTimeFormat>()

/** One formatter per zone and style: building one costs far more than formatting with it. */
function formatIn(zone: string, style: 'dateTime' | 'short' | 'shortWithYear' | 'clock' | 'parts') {
  const key = `${style}\n${zone}`
  let format = formats.get(key)
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { timeZone: zone, hourCycle: 'h23' }
    const short = { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' } as const
    if (style === 'dateTime') Object.assign(options, short, { year: 'numeric' })
    else if (style === 'short') Object.assign(options, short)
    else if (style === 'shortWithYear') Object.assign(options, short, { year: '2-digit' })
    else if (style === 'clock')
      Object.assign(options, { hour: '2-digit', minute: '2-digit', second: '2-digit' })
    else {
      Object.assign(options, {
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      })
    }
    format = new Intl.DateTimeFormat('en-US', options)
    formats.set(key, format)
  }
  return format
}

let browserZone: string | undefined

/** The zone this browser (or server process) is set to; UTC where it cannot tell. */
export function systemTimeZone(): string {
  browserZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || UTC
  return browserZone
}

const parse = (iso: string | null) => {
  if (iso === null) return null
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? null : date
}

/** "Nov 24, 2026, 14:05" in `zone`. */
export function formatDateTime(iso: string | null, zone: string): string {
  const date = parse(iso)
  return date ? formatIn(zone, 'dateTime').format(date) : DASH
}

/** "14:05:09" in `zone`: a moment of today, to the second. */
export function formatClockTime(time: number, zone: string): string {
  return formatIn(zone, 'clock').format(time)
}

export interface WallTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

/** What a clock on the wall in `zone` shows at `time`. */
export function wallTime(time: number, zone: string): WallTime {
  const parts: Record<string, number> = {}
  for (const part of formatIn(zone, 'parts').formatToParts(time)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  }
}

let lastYear: { zone: string; now: number; start: number; end: number } | undefined

/**
 * The instants the year of `now` in `zone` starts and ends at. Worked out once per clock tick:
 * a table formats dozens of dates against the same `now`, and reading a date's year in a zone
 * (formatToParts) costs several times more than formatting it.
 */
function yearOf(now: number, zone: string): { start: number; end: number } {
  if (lastYear?.zone !== zone || lastYear.now !== now) {
    const { year } = wallTime(now, zone)
    lastYear = {
      zone,
      now,
      start: zoneInputToTime(`${year}-01-01T00:00`, zone)!,
      end: zoneInputToTime(`${year + 1}-01-01T00:00`, zone)!,
    }
  }
  return lastYear
}

/** "Nov 25, 15:04" in `zone`, with the year only when it is not the year of `now` there. */
export function formatShortDateTime(iso: string, zone: string, now: number): string {
  const date = parse(iso)
  if (!date) return DASH
  const { start, end } = yearOf(now, zone)
  const sameYear = date.getTime() >= start && date.getTime() < end
  return formatIn(zone, sameYear ? 'short' : 'shortWithYear').format(date)
}

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * A UTC instant as the text of a datetime-local input in `zone`:
 * `2026-10-01T00:00:00Z` is `2026-10-01T02:00` in Berlin; seconds only when there are some.
 */
export function utcToZoneInput(iso: string | null, zone: string): string {
  const date = parse(iso)
  if (!date) return ''
  const wall = wallTime(date.getTime(), zone)
  const seconds = wall.second ? `:${pad(wall.second)}` : ''
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}${seconds}`
}

const INPUT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?$/
const HALF_DAY = 12 * 3_600_000

/**
 * The reverse: the instant a datetime-local text names in `zone`, in epoch ms; undefined for
 * text the input could not have produced. As ECMAScript reads local times, an hour that occurs
 * twice (clocks going back) is its first occurrence, and one skipped (clocks going forward)
 * is read with the offset from before the change.
 */
export function zoneInputToTime(text: string, zone: string): number | undefined {
  const match = INPUT_PATTERN.exec(text)
  if (!match) return undefined
  const [year, month, day, hour, minute, second] = match
    .slice(1, 7)
    .map((part) => (part === undefined ? 0 : Number(part))) as number[]
  const fraction = match[7] ? Math.round(Number(match[7]) * 1000) : 0
  const wall = {
    year: year!,
    month: month!,
    day: day!,
    hour: hour!,
    minute: minute!,
    second: second!,
  }
  if (!isRealWallTime(wall)) return undefined
  return wallToTime(wall, zone) + fraction
}

/** True when no field of `wall` overflows into the next (no 31 April, no hour 24). */
function isRealWallTime(wall: WallTime): boolean {
  const utc = new Date(
    Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second),
  )
  return (
    utc.getUTCFullYear() === wall.year &&
    utc.getUTCMonth() === wall.month - 1 &&
    utc.getUTCDate() === wall.day &&
    utc.getUTCHours() === wall.hour &&
    utc.getUTCMinutes() === wall.minute &&
    utc.getUTCSeconds() === wall.second
  )
}

/**
 * The instant a wall clock in `zone` shows `wall` at, in epoch ms. Fields may overflow (day 0,
 * month 13): they roll over as Date.UTC rolls them. As ECMAScript reads local times, an hour
 * that occurs twice (clocks going back) is its first occurrence, and one skipped (clocks going
 * forward) is read with the offset from before the change.
 */
export function wallToTime(wall: WallTime, zone: string): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)
  const normal = new Date(asUtc)
  const wanted: WallTime = {
    year: normal.getUTCFullYear(),
    month: normal.getUTCMonth() + 1,
    day: normal.getUTCDate(),
    hour: normal.getUTCHours(),
    minute: normal.getUTCMinutes(),
    second: normal.getUTCSeconds(),
  }
  const offsetAt = (time: number) => {
    const shown = wallTime(time, zone)
    const wallAsUtc = Date.UTC(shown.year, shown.month - 1, shown.day, shown.hour, shown.minute)
    return wallAsUtc - Math.floor(time / 60_000) * 60_000
  }
  const before = asUtc - offsetAt(asUtc - HALF_DAY)
  const after = asUtc - offsetAt(asUtc + HALF_DAY)
  const shows = (time: number) => {
    const shown = wallTime(time, zone)
    return (Object.keys(wanted) as (keyof WallTime)[]).every((key) => shown[key] === wanted[key])
  }
  const matching = [before, after].filter(shows)
  return matching.length ? Math.min(...matching) : before
}
