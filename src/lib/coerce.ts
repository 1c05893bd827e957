/**
 * Tolerant readers for values from the API. The upstream has been seen to send numbers as
 * strings, nulls where values belong and fields missing altogether; each reader returns null
 * for what it cannot read rather than guessing, so the UI shows a dash instead of "NaN".
 */
export function readString(value: unknown): string | null {
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return null
}

export function readNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value === 'string' && value.trim() !== '') {
    const number = Number(value)
    return Number.isFinite(number) ? number : null
  }
  return null
}

export function readBoolean(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value
  if (value === 'true') return true
  if (value === 'false') return false
  return null
}

/**
 * Dates already in `toISOString()` form, which is how the API sends them: a day of the month
 * up to the 28th and an hour up to 23, since Date rolls later ones over ("2026-02-30" reads as
 * March 2) and those need normalizing.
 */
const NORMALIZED_UTC =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/

/** An ISO 8601 date-time, normalized to `toISOString()` form; null when it is not a date. */
export function readDate(value: unknown): string | null {
  const text = readString(value)
  if (text === null) return null
  // Most dates take this path: a totals walk reads thousands, and a Date each adds up.
  if (NORMALIZED_UTC.test(text)) return text
  const time = Date.parse(text)
  return Number.isNaN(time) ? null : new Date(time).toISOString()
}

export function readStringList(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null
  const strings: string[] = []
  for (const item of value) {
    const text = readString(item)
    if (text !== null) strings.push(text)
  }
  return strings
}

export function readObject(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null
}

/** Follows a path of keys through nested objects. */
export function readPath(value: unknown, path: readonly string[]): unknown {
  let current = value
  for (const key of path) current = readObject(current)?.[key]
  return current
}
