/**
 * Reading query parameters the contract's way: surrounding spaces trimmed, an empty value is
 * the same as an absent one, and a malformed value is a 400 that says what is allowed.
 */
import { invalidParam } from './errors.ts'

export function readParam(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name)?.trim()
  return value ? value : undefined
}

/** Comma-separated terms, each trimmed; empty terms (`a,,b`, a trailing comma) are dropped. */
export function readList(params: URLSearchParams, name: string): string[] {
  const value = readParam(params, name)
  return value === undefined ? [] : splitList(value)
}

/** One value's comma-separated terms, trimmed, empty ones dropped. */
export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((term) => term.trim())
    .filter((term) => term !== '')
}

export function readEnum<T extends string | number>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = readParam(params, name)
  if (value === undefined) return fallback
  const found = allowed.find((option) => String(option) === value)
  if (found === undefined) throw invalidParam(name, value, `one of ${allowed.join(', ')}`)
  return found
}

export function readInteger(
  params: URLSearchParams,
  name: string,
  fallback: number,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const value = readParam(params, name)
  if (value === undefined) return fallback
  const number = /^\d+$/.test(value) ? Number(value) : NaN
  if (!(number >= min && number <= max)) {
    const range = max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `from ${min} to ${max}`
    throw invalidParam(name, value, `an integer ${range}`)
  }
  return number
}

export function readBoolean(params: URLSearchParams, name: string): boolean | undefined {
  const value = readParam(params, name)
  if (value === undefined) return undefined
  if (value === 'true' || value === 'false') return value === 'true'
  throw invalidParam(name, value, 'one of true, false')
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/i

/**
 * ISO 8601 date-time in milliseconds. Also accepted: a bare date (midnight) and a time without
 * offset, both read as UTC. Out-of-range fields (month 13, 30 February) are malformed.
 */
export function readDateTime(params: URLSearchParams, name: string): number | undefined {
  const value = readParam(params, name)
  if (value === undefined) return undefined
  const ms = parseDateTime(value)
  if (ms === undefined) {
    throw invalidParam(name, value, 'an ISO 8601 date-time such as 2026-03-09T12:34:56Z')
  }
  return ms
}

function parseDateTime(value: string): number | undefined {
  const m = DATE_TIME.exec(value)
  if (!m) return undefined
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((g) => Number(m[g] ?? 0))
  const fraction = Number(`0.${m[7] ?? '0'}`)
  const utc = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0)
  const check = new Date(utc)
  const fieldsValid =
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === (month ?? 1) - 1 &&
    check.getUTCDate() === day &&
    (hour ?? 0) < 24 &&
    (minute ?? 0) < 60 &&
    (second ?? 0) < 60
  const offset = offsetMs(m[8])
  if (!fieldsValid || offset === undefined) return undefined
  return utc + Math.floor(fraction * 1000) - offset
}

function offsetMs(zone: string | undefined): number | undefined {
  if (!zone || zone.toUpperCase() === 'Z') return 0
  const digits = zone.replace(':', '')
  const sign = digits.startsWith('-') ? -1 : 1
  const hours = Number(digits.slice(1, 3))
  const minutes = Number(digits.slice(3, 5))
  if (hours > 23 || minutes > 59) return undefined
  return sign * (hours * 60 + minutes) * 60_000
}
