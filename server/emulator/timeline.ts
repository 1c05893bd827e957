/**
 * When sessions were created: a 90-day history with the rhythm of a working team (busy
 * weekdays and office hours in UTC, quiet weekends, a nightly job spike, slow growth), plus a
 * few sessions in the last minutes so that some are still running at `now`.
 */
import type { Rng } from './random.ts'

export const HISTORY_DAYS = 90
const HOUR_MS = 3_600_000
const MINUTE_MS = 60_000

/** Relative activity per UTC hour of day; 2-3 h carries the nightly jobs. */
const HOUR_OF_DAY = [
  0.25, 0.2, 0.55, 0.5, 0.25, 0.2, 0.3, 0.5, 0.8, 1, 1, 1, 0.9, 1, 1, 1, 0.9, 0.8, 0.6, 0.5, 0.45,
  0.4, 0.35, 0.3,
]
/** Relative activity per UTC day of week, Sunday first. */
const DAY_OF_WEEK = [0.3, 1, 1.05, 1, 1, 0.85, 0.35]
/** Sessions placed in the last minutes before `now`, so a few are always running. */
export const RECENT_WINDOW_MS = 40 * MINUTE_MS
const RECENT_SESSIONS = 3

/** How busy the hour starting at `ms` is: office hours and weekdays over nights and weekends. */
function rhythm(ms: number): number {
  const date = new Date(ms)
  return (HOUR_OF_DAY[date.getUTCHours()] ?? 1) * (DAY_OF_WEEK[date.getUTCDay()] ?? 1)
}

/** Creation times in milliseconds, sorted ascending, all within the 90 days before `now`. */
export function creationTimes(rng: Rng, count: number, nowMs: number): Float64Array {
  const hours = HISTORY_DAYS * 24
  const start = nowMs - hours * HOUR_MS
  const cumulative = new Float64Array(hours + 1)
  for (let h = 0; h < hours; h++) {
    const growth = 0.75 + (0.25 * h) / hours
    const noise = 0.75 + rng() * 0.5
    const weight = rhythm(start + h * HOUR_MS) * growth * noise
    cumulative[h + 1] = (cumulative[h] ?? 0) + weight
  }
  const total = cumulative[hours] ?? 1
  const recent = Math.min(RECENT_SESSIONS, count)
  const spread = count - recent
  const times = new Float64Array(count)
  let written = 0
  // Each hour receives its share of the sessions by cumulative rounding, so the total is exact.
  for (let h = 0; h < hours; h++) {
    const until = Math.round((spread * (cumulative[h + 1] ?? 0)) / total)
    for (; written < until; written++) times[written] = Math.floor(start + (h + rng()) * HOUR_MS)
  }
  for (; written < count; written++) times[written] = Math.floor(nowMs - rng() * RECENT_WINDOW_MS)
  return times.sort()
}

/**
 * Sessions per hour of rhythm 1 after a history of `count` sessions ending at `nowMs`: the
 * rate the history reached at its end (its growth stops there), noise averaged out.
 */
export function arrivalRate(count: number, nowMs: number): number {
  const hours = HISTORY_DAYS * 24
  const start = nowMs - hours * HOUR_MS
  let total = 0
  for (let h = 0; h < hours; h++) total += rhythm(start + h * HOUR_MS) * (0.75 + (0.25 * h) / hours)
  return total > 0 ? count / total : 0
}

/** Creation times in (fromMs, toMs], ascending, at `rate` sessions per hour of rhythm 1. */
export function arrivalTimes(rng: Rng, fromMs: number, toMs: number, rate: number): Float64Array {
  const times: number[] = []
  for (let hourStart = fromMs; hourStart < toMs; hourStart += HOUR_MS) {
    const span = Math.min(HOUR_MS, toMs - hourStart)
    const expected = (rate * rhythm(hourStart) * (0.75 + rng() * 0.5) * span) / HOUR_MS
    const arrivals = Math.floor(expected) + (rng() < expected % 1 ? 1 : 0)
    for (let k = 0; k < arrivals; k++) times.push(hourStart + 1 + Math.floor(rng() * (span - 1)))
  }
  return Float64Array.from(times).sort()
}
