import { isApiError } from './http-error.ts'

/**
 * The one retry policy of every call to the API: the list's pages (through TanStack Query, see
 * app/query-client.ts) and each page of a totals walk (api/walk-pages.ts).
 */

/**
 * Three tries in all, a 429 included: a rate limit that outlasts three of its own waits is
 * shown, with its message and a Retry, rather than waited out behind a skeleton.
 */
const MAX_ATTEMPTS = 3
const BASE_DELAY_MS = 400
const MAX_DELAY_MS = 8_000
/** A Retry-After beyond this is not worth waiting for unseen: the call fails and says so. */
export const MAX_RETRY_AFTER_MS = 60_000

/**
 * How long to wait before trying a failed call again, or null when it should not be tried
 * again: a 400 or 401 will not fix itself, and neither will a call that keeps failing.
 * `attempt` counts the attempts made so far, from 1.
 */
export function retryDelayMs(error: unknown, attempt: number): number | null {
  if (!isApiError(error) || !error.isTransient) return null
  if (attempt >= MAX_ATTEMPTS) return null
  if (error.kind === 'rate-limited' && error.retryAfterSeconds !== null) {
    const ms = error.retryAfterSeconds * 1000
    return ms <= MAX_RETRY_AFTER_MS ? ms : null
  }
  return Math.min(BASE_DELAY_MS * 2 ** (attempt - 1), MAX_DELAY_MS)
}

/** How often a live view (a list open to now, a running session's page) asks again. */
export const LIVE_REFRESH_MS = 10_000

/** A live view that keeps failing asks again at most this seldom. */
const MAX_LIVE_DELAY_MS = 5 * 60_000

/**
 * The wait before a live view's next refresh after `failures` failed ones in a row (from 1),
 * whose usual interval is `intervalMs`: the API's Retry-After on a 429 when it says one (never
 * sooner than the interval), else the interval doubled per failure, up to five minutes. A live
 * view never gives up: it is the person's, who can pause it.
 */
export function liveRefreshDelayMs(error: unknown, failures: number, intervalMs: number): number {
  if (isApiError(error) && error.kind === 'rate-limited' && error.retryAfterSeconds !== null) {
    return Math.max(intervalMs, error.retryAfterSeconds * 1000)
  }
  return Math.min(intervalMs * 2 ** Math.max(failures, 1), MAX_LIVE_DELAY_MS)
}
