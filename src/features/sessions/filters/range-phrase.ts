import { formatRelativeTime, parseRelativeTime, type TimeUnit } from '../../../lib/relative-time.ts'
import type { CreatedRange } from './date-range.ts'

// Ranges typed in words, apart from date-range.ts: read only when one is typed, so this code
// loads as the box is focused (see RangePhraseInput), not on every visit.

const UNIT_BY_WORD: Record<string, TimeUnit> = {
  m: 'm',
  min: 'm',
  mins: 'm',
  minute: 'm',
  minutes: 'm',
  h: 'h',
  hr: 'h',
  hrs: 'h',
  hour: 'h',
  hours: 'h',
  d: 'd',
  day: 'd',
  days: 'd',
  w: 'w',
  wk: 'w',
  wks: 'w',
  week: 'w',
  weeks: 'w',
  mo: 'M',
  month: 'M',
  months: 'M',
  y: 'y',
  yr: 'y',
  yrs: 'y',
  year: 'y',
  years: 'y',
}

const relative = (amount: number, unit: TimeUnit, round: TimeUnit | null = null) =>
  formatRelativeTime({ offset: amount ? { amount, unit } : null, round })

/** "this week", "previous month": a whole unit of the calendar, the current or the last one. */
function calendarUnit(which: 'this' | 'previous', unit: TimeUnit): CreatedRange {
  if (which === 'this') return { from: relative(0, unit, unit), to: null }
  const bound = relative(1, unit, unit)
  return { from: bound, to: bound }
}

/** Said when a typed text reads as no range (see parseRangePhrase), with some that do. */
export const UNREADABLE =
  'Not a range this reads. Try “last 90 minutes”, “2 weeks”, “today”, “yesterday”, “this month” or “now-7d to now-1d”.'

/**
 * A range as a person types it: "last 90 minutes", "2 weeks", "today", "yesterday", "this
 * month", "previous week", or the URL's own form ("now-7d", "now-7d to now-1d"). Null when
 * it reads as none of these.
 */
export function parseRangePhrase(text: string): CreatedRange | null {
  const phrase = text.trim().replace(/\s+/g, ' ')
  const words = phrase.toLowerCase()
  if (words === 'today') return { from: 'now/d', to: null }
  if (words === 'yesterday') return calendarUnit('previous', 'd')
  const calendar = /^(this|previous) (day|week|month|year)$/.exec(words)
  if (calendar) {
    return calendarUnit(calendar[1] as 'this' | 'previous', UNIT_BY_WORD[calendar[2]!]!)
  }
  const rolling = /^(?:(?:last|past) )?(\d{1,4})? ?([a-z]+)$/.exec(words)
  const unit = rolling && UNIT_BY_WORD[rolling[2]!]
  if (rolling && unit && (rolling[1] !== undefined || /^(last|past) /.test(words))) {
    const amount = Number(rolling[1] ?? 1)
    if (amount >= 1) return { from: relative(amount, unit), to: null }
  }
  const [from, to, ...rest] = phrase.split(/ to | - /)
  if (from && parseRelativeTime(from) && rest.length === 0) {
    if (to === undefined) return { from, to: null }
    if (parseRelativeTime(to)) return { from, to }
  }
  return null
}
