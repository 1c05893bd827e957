import { describe, expect, it } from 'vitest'
import { createFailureLimiter } from './rate-limit.ts'

function limiter() {
  const clock = { now: 0 }
  const limits = createFailureLimiter({
    maxFailures: 3,
    windowMs: 60_000,
    lockMs: 300_000,
    now: () => clock.now,
  })
  return { clock, limits }
}

describe('failure limiter', () => {
  it('locks a key after the allowed failures, and lifts the lock once it has run out', () => {
    const { clock, limits } = limiter()
    limits.fail('a')
    limits.fail('a')
    expect(limits.lockedFor('a')).toBe(0)
    limits.fail('a')
    expect(limits.lockedFor('a')).toBe(300_000)
    expect(limits.lockedFor('b')).toBe(0)
    clock.now += 299_999
    expect(limits.lockedFor('a')).toBe(1)
    clock.now += 1
    expect(limits.lockedFor('a')).toBe(0)
    // A fresh window after the lock: one more failure does not lock again.
    limits.fail('a')
    expect(limits.lockedFor('a')).toBe(0)
  })

  it('forgets failures older than the window', () => {
    const { clock, limits } = limiter()
    limits.fail('a')
    limits.fail('a')
    clock.now += 60_000
    limits.fail('a')
    expect(limits.lockedFor('a')).toBe(0)
  })

  it('reset clears a key', () => {
    const { limits } = limiter()
    limits.fail('a')
    limits.fail('a')
    limits.reset('a')
    limits.fail('a')
    expect(limits.lockedFor('a')).toBe(0)
  })
})
