import { formatDateTime, utcToZoneInput, zoneInputToTime } from '../../../lib/date-time.ts'
import {
  describeRelativeTime,
  parseRelativeTime,
  type RelativeTime,
  UNIT_WORDS,
} from '../../../lib/relative-time.ts'
import { toUrlDateTime } from '../search-params-values.ts'

/**
 * The created-at range: each end is an instant (typed in the person's time zone, stored in
 * the URL as UTC) or a time relative to now (lib/relative-time.ts), which stays relative in
 * links.
 */
export interface CreatedRange {
  from: string | null
  to: string | null
}

/** `2026-10-01T00:00:00Z` -> `2026-10-01T02:00` in Berlin; seconds only when there are some. */
export function utcToLocalInput(iso: string | null, zone: string): string {
  return utcToZoneInput(iso, zone)
}

/** The reverse: '' is no bound (null); text the input could not have produced is undefined. */
export function localInputToUtc(text: string, zone: string): string | null | undefined {
  if (text === '') return null
  const time = zoneInputToTime(text, zone)
  return time === undefined ? undefined : toUrlDateTime(time)
}

export interface RangePreset extends CreatedRange {
  label: string
}

/** The quick ranges, each relative, so a link to "Last 7 days" shows the last seven days. */
export const RANGE_PRESETS: readonly RangePreset[] = [
  { label: 'Last hour', from: 'now-1h', to: null },
  { label: 'Last 24 hours', from: 'now-24h', to: null },
  { label: 'Last 7 days', from: 'now-7d', to: null },
  { label: 'Last 30 days', from: 'now-30d', to: null },
  { label: 'Today', from: 'now/d', to: null },
  { label: 'Yesterday', from: 'now-1d/d', to: 'now-1d/d' },
  { label: 'This month', from: 'now/M', to: null },
]

const isRelative = (bound: string | null) => bound !== null && parseRelativeTime(bound) !== null

/** True when either end moves with time: the range is "the last …", not fixed dates. */
export const isRelativeRange = ({ from, to }: CreatedRange) => isRelative(from) || isRelative(to)

/** One end of the range in words: a date in `zone`, or "7 days ago", "end of yesterday". */
export function describeBound(bound: string, end: 'from' | 'to', zone: string): string {
  const relativeTime = parseRelativeTime(bound)
  return relativeTime ? describeRelativeTime(relativeTime, end) : formatDateTime(bound, zone)
}

/** "Last 90 minutes" for `now-90m` open at the end; null for any other range. */
function rollingName(range: CreatedRange): string | null {
  const from = range.from && parseRelativeTime(range.from)
  if (range.to !== null || !from || !from.offset || from.round) return null
  const { amount, unit } = from.offset
  return amount === 1 ? `Last ${UNIT_WORDS[unit]}` : `Last ${amount} ${UNIT_WORDS[unit]}s`
}

/**
 * The whole range in words, as a button or a chip says it: a preset's name ("Yesterday"),
 * "Last 90 minutes", or its two ends ("Since Oct 1, 2026, 00:00", "7 days ago – end of
 * yesterday"). Null when there is no range.
 */
export function describeRange(range: CreatedRange, zone: string): string | null {
  const { from, to } = range
  if (from === null && to === null) return null
  const preset = RANGE_PRESETS.find((p) => p.from === from && p.to === to)
  if (preset) return preset.label
  const rolling = rollingName(range)
  if (rolling) return rolling
  if (to === null) return `Since ${describeBound(from!, 'from', zone)}`
  if (from === null) return `Until ${describeBound(to, 'to', zone)}`
  return `${describeBound(from, 'from', zone)} – ${describeBound(to, 'to', zone)}`
}

/**
 * A fixed instant as a time relative to `now`, for "make relative": whole days, hours or
 * minutes back, the largest unit that says it exactly to the minute (rounded to the hour or
 * the day when minutes would need more than four digits). Null for an instant in the future,
 * which "now minus" cannot say.
 */
export function relativeToNow(iso: string, now: number): RelativeTime | null {
  const minutes = Math.round((now - Date.parse(iso)) / 60_000)
  if (!(minutes >= 0)) return null
  if (minutes === 0) return { offset: null, round: null }
  const exactUnit = minutes % 1440 === 0 ? 'd' : minutes % 60 === 0 ? 'h' : 'm'
  const unit = exactUnit === 'm' && minutes > 9999 ? (minutes > 9999 * 60 ? 'd' : 'h') : exactUnit
  const amount = Math.round(minutes / { m: 1, h: 60, d: 1440 }[unit])
  return { offset: { amount: Math.min(amount, 9999), unit }, round: null }
}
