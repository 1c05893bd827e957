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
