/**
 * Counts failed sign-ins per key (an address, a user name). After `maxFailures` within
 * `windowMs` the key is locked for `lockMs`; the lock then lifts by itself, so a forgotten
 * password locks a person out for a while, not for good.
 */
export interface FailureLimiter {
  /** Milliseconds until the key may try again; 0 when it may now. */
  lockedFor: (key: string) => number
  fail: (key: string) => void
  reset: (key: string) => void
}

export interface LimiterOptions {
  maxFailures: number
  windowMs: number
  lockMs: number
  now: () => number
}

interface Entry {
  failures: number
  firstAt: number
  lockedUntil: number
}

/** Past this many keys, expired ones are swept: a flood of guesses cannot grow memory forever. */
const SWEEP_AT = 10_000

export function createFailureLimiter(options: LimiterOptions): FailureLimiter {
  const entries = new Map<string, Entry>()
  const expired = (entry: Entry, at: number) =>
    at >= entry.lockedUntil && at - entry.firstAt >= options.windowMs

  return {
    lockedFor: (key) => {
      const entry = entries.get(key)
      return entry ? Math.max(0, entry.lockedUntil - options.now()) : 0
    },
    fail: (key) => {
      const at = options.now()
      let entry = entries.get(key)
      if (!entry || expired(entry, at)) {
        entry = { failures: 0, firstAt: at, lockedUntil: 0 }
        entries.set(key, entry)
      }
      entry.failures += 1
      if (entry.failures >= options.maxFailures) {
        entry.lockedUntil = at + options.lockMs
        // The next window starts when the lock ends.
        entry.failures = 0
        entry.firstAt = entry.lockedUntil
      }
      if (entries.size > SWEEP_AT) {
        for (const [other, value] of entries) if (expired(value, at)) entries.delete(other)
      }
    },
    reset: (key) => {
      entries.delete(key)
    },
  }
}
