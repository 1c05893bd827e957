import { utcToZoneInput, zoneInputToTime } from '../../../lib/date-time.ts'
import { toUrlDateTime } from '../search-params-values.ts'

/**
 * The created-at range is typed in the person's own time zone (datetime-local inputs, which
 * have no zone) and stored in the URL as UTC.
 */

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

export interface RangePreset {
  label: string
  /** How far back from now the range starts. */
  ms: number
}

const HOUR = 3_600_000
export const RANGE_PRESETS: readonly RangePreset[] = [
  { label: 'Last hour', ms: HOUR },
  { label: '24 hours', ms: 24 * HOUR },
  { label: '7 days', ms: 7 * 24 * HOUR },
  { label: '30 days', ms: 30 * 24 * HOUR },
]

/**
 * "The last N" as an open-ended range from a fixed start. The start is rounded down to the
 * minute so the link is tidy and the inputs (minute precision) show it exactly.
 */
export function presetRange(preset: RangePreset, now: number = Date.now()) {
  const start = Math.floor((now - preset.ms) / 60_000) * 60_000
  return { created_from: toUrlDateTime(start), created_to: null }
}
