import { isApiError } from '../../../lib/http-error.ts'

/** A wait that ends early, with the signal's reason, when the signal aborts. */
export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>

export const sleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason)
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal.reason)
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal.addEventListener('abort', onAbort, { once: true })
  })

/** A 429 is the API asking us to slow down, so it earns more patience than a failure. */
const MAX_RATE_LIMITED_ATTEMPTS = 8
const MAX_FAILED_ATTEMPTS = 3
const BASE_DELAY_MS = 400
const MAX_DELAY_MS = 8_000
/** A Retry-After beyond this is not worth waiting for inside one walk: the walk fails instead. */
const MAX_RETRY_AFTER_MS = 60_000

/**
 * How long to wait before trying a failed request again, or null when it should not be tried
 * again: a 400 or 401 will not fix itself, and neither will a request that keeps failing.
 * `attempt` counts the attempts made so far, from 1.
 */
export function retryDelayMs(error: unknown, attempt: number): number | null {
  if (!isApiError(error) || !error.isTransient) return null
  const rateLimited = error.kind === 'rate-limited'
  if (attempt >= (rateLimited ? MAX_RATE_LIMITED_ATTEMPTS : MAX_FAILED_ATTEMPTS)) return null
  if (rateLimited && error.retryAfterSeconds !== null) {
    const ms = error.retryAfterSeconds * 1000
    return ms <= MAX_RETRY_AFTER_MS ? ms : null
  }
  return Math.min(BASE_DELAY_MS * 2 ** (attempt - 1), MAX_DELAY_MS)
}

/**
 * Shared by every request of one walk: when the API says "slow down" to one of them, all of
 * them wait, rather than the three others running into the same 429.
 */
export class PauseGate {
  private until = 0

  constructor(
    private readonly now: () => number,
    private readonly sleepFor: Sleep,
  ) {}

  pauseFor(ms: number) {
    this.until = Math.max(this.until, this.now() + ms)
  }

  /** Epoch ms the walk waits until, or null when it is not waiting. */
  get pausedUntil(): number | null {
    return this.until > this.now() ? this.until : null
  }

  async wait(signal: AbortSignal): Promise<void> {
    // Loop: another request may extend the pause while this one sleeps.
    for (let left = this.until - this.now(); left > 0; left = this.until - this.now()) {
      await this.sleepFor(left, signal)
    }
  }
}
