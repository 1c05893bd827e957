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
