/**
 * Parsers for single URL values of the sessions list. Each takes the decoded text of one
 * parameter and returns the typed value or the reason it was refused, phrased to finish the
 * sentence "<param> …" in the notice a person reads.
 */
import { isTimeZone } from '../../../contract/server-render.ts'
import { formatRelativeTime, parseRelativeTime } from '../../lib/relative-time.ts'

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string }
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value })
const fail = (message: string): Parsed<never> => ({ ok: false, message })

export const MAX_PAGE = 1_000_000
export const MAX_TEXT_LENGTH = 200
export const MAX_LIST_ITEMS = 20

/** Shortens junk before it is quoted back to the person, so a 5 KB value stays readable. */
export function truncate(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text
}

export function parseText(raw: string): Parsed<string | null> {
  const value = raw.trim()
  if (value.length > MAX_TEXT_LENGTH) return fail(`is longer than ${MAX_TEXT_LENGTH} characters`)
  return ok(value === '' ? null : value)
}

/** Comma-separated terms, trimmed, blanks and repeats dropped. Used for the URL and the inputs. */
export function splitList(raw: string): string[] {
  return [...new Set(raw.split(',').map((item) => item.trim()))].filter(Boolean)
}

export function parseList(raw: string): Parsed<string[]> {
  const items = splitList(raw)
  if (items.length > MAX_LIST_ITEMS) return fail(`has more than ${MAX_LIST_ITEMS} values`)
  if (items.some((item) => item.length > MAX_TEXT_LENGTH)) {
    return fail(`has a value longer than ${MAX_TEXT_LENGTH} characters`)
  }
  return ok(items)
}

export function parseBoolean(raw: string): Parsed<boolean | null> {
  if (raw === '') return ok(null)
  if (raw === 'true') return ok(true)
  if (raw === 'false') return ok(false)
  return fail(`"${truncate(raw)}" is not true or false`)
}

export function parsePage(raw: string): Parsed<number> {
  if (!/^\d+$/.test(raw)) return fail(`"${truncate(raw)}" is not a whole number of 1 or more`)
  const page = Number(raw)
  if (page < 1) return fail('must be 1 or more')
  if (page > MAX_PAGE) return fail(`must be at most ${MAX_PAGE.toLocaleString('en')}`)
  return ok(page)
}

export function parseOneOf<T extends string | number>(allowed: readonly T[]) {
  return (raw: string): Parsed<T> => {
    const match = allowed.find((value) => String(value) === raw)
    return match === undefined
      ? fail(`"${truncate(raw)}" is not one of ${allowed.join(', ')}`)
      : ok(match)
  }
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/

/** Date.parse rolls 2026-02-30 over to March; a hand-typed impossible date is refused instead. */
function hasRealCalendarFields(match: RegExpExecArray): boolean {
  const field = (index: number) => Number(match[index] ?? 0)
  const [year, month, day] = [field(1), field(2), field(3)]
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth &&
    field(4) <= 23 &&
    field(5) <= 59 &&
    field(6) <= 59 &&
    field(8) <= 23 &&
    field(9) <= 59
  )
}

/** The canonical URL form of an instant: UTC, whole seconds without `.000`, e.g. `…T00:00:00Z`. */
export function toUrlDateTime(time: number): string {
  return new Date(time).toISOString().replace('.000Z', 'Z')
}

/** Normalizes to one UTC form, so the same instant always gives the same URL and query key. */
export function parseDateTime(raw: string): Parsed<string | null> {
  if (raw === '') return ok(null)
  const match = ISO_DATE_TIME.exec(raw)
  const time = match && hasRealCalendarFields(match) ? Date.parse(raw) : NaN
  if (Number.isNaN(time)) {
    return fail(
      `"${truncate(raw)}" is not an ISO 8601 date-time such as 2026-11-01T00:00:00Z, nor a time relative to now such as now-7d`,
    )
  }
  return ok(toUrlDateTime(time))
}

/**
 * One end of the created range: an instant, in the one form parseDateTime gives, or a time
 * relative to now (`now-7d`, `now/d`: see lib/relative-time.ts), in its canonical form.
 */
export function parseTimeBound(raw: string): Parsed<string | null> {
  const relative = parseRelativeTime(raw)
  if (relative) return ok(formatRelativeTime(relative))
  const instant = parseDateTime(raw)
  if (instant.ok || !raw.startsWith('now')) return instant
  return fail(`"${truncate(raw)}" is not a relative time such as now-7d, now-90m or now-1d/d`)
}

/** An IANA zone name such as `Europe/Berlin` that this browser knows. */
export function parseTimeZone(raw: string): Parsed<string | null> {
  if (raw === '') return ok(null)
  return isTimeZone(raw)
    ? ok(raw)
    : fail(`"${truncate(raw)}" is not a time zone such as Europe/Berlin`)
}

/**
 * Percent-encodes a value for the query string but leaves the characters the API's own format
 * uses (`,` between list items, `:` in times) and the `/` of zone names readable, so a link
 * reads like the API call. All three are legal in a query and decode to themselves.
 */
export function encodeQueryValue(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%3A/gi, ':').replace(/%2F/gi, '/')
}
