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

/** An ISO 8601 date-time, normalized to `toISOString()` form; null when it is not a date. */
export function readDate(value: unknown): string | null {
  const time = Date.parse(readString(value) ?? '')
  return Number.isNaN(time) ? null : new Date(time).toISOString()
}

export function readStringList(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null
  return value.map(readString).filter((item): item is string => item !== null)
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
