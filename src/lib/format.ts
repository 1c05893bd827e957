/**
 * Formatting of the values people read in the dashboard. Every formatter takes null for
 * "unknown" and returns the dash, so no cell ever shows "null", "undefined" or "NaN".
 */
export const DASH = '—'

const creditsFormat = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
})
const countFormat = new Intl.NumberFormat('en-US')

export function formatCredits(credits: number | null): string {
  return credits === null || !Number.isFinite(credits) ? DASH : creditsFormat.format(credits)
}

export function formatCount(count: number | null): string {
  return count === null || !Number.isFinite(count) ? DASH : countFormat.format(count)
}

const BYTE_UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const

/** Decimal units (1 KB = 1,000 B), as the provider bills proxy traffic. */
export function formatBytes(bytes: number | null): string {
  if (bytes === null || !Number.isFinite(bytes) || bytes < 0) return DASH
  let value = bytes
  let unit = 0
  while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000
    unit += 1
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1
  return `${value.toFixed(digits)} ${BYTE_UNITS[unit]}`
}

/** `45s`, `7m 00s`, `2h 05m`, `3d 04h`. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return DASH
  const total = Math.round(seconds)
  const days = Math.floor(total / 86_400)
  const hours = Math.floor((total % 86_400) / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const secs = total % 60
  const pad = (n: number) => String(n).padStart(2, '0')
  if (days > 0) return `${days}d ${pad(hours)}h`
  if (hours > 0) return `${hours}h ${pad(minutes)}m`
  if (minutes > 0) return `${minutes}m ${pad(secs)}s`
  return `${secs}s`
}

/** Exact UTC, e.g. "2026-11-24 14:05:09 UTC", for hover titles. */
export function formatUtc(iso: string | null): string {
  if (iso === null) return DASH
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return DASH
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`
}

const relativeFormat = new Intl.RelativeTimeFormat('en', { numeric: 'auto', style: 'narrow' })

/** "3 h ago", "2 d ago", "just now", as of `now` (see useNow). */
export function formatAge(iso: string | null, now: number): string {
  if (iso === null) return DASH
  const time = Date.parse(iso)
  if (Number.isNaN(time)) return DASH
  const seconds = Math.round((time - now) / 1000)
  const abs = Math.abs(seconds)
  if (abs < 45) return 'just now'
  if (abs < 3600) return relativeFormat.format(Math.round(seconds / 60), 'minute')
  if (abs < 86_400) return relativeFormat.format(Math.round(seconds / 3600), 'hour')
  if (abs < 86_400 * 60) return relativeFormat.format(Math.round(seconds / 86_400), 'day')
  return relativeFormat.format(Math.round(seconds / (86_400 * 30)), 'month')
}
