import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../../../lib/http-error.ts'
import { createLiveScheduler } from './live-scheduler.ts'

const INTERVAL = 10_000

function setup(outcomes: Array<Error | null> = []) {
  const calls: number[] = []
  const scheduler = createLiveScheduler({
    intervalMs: INTERVAL,
    refresh: async () => {
      calls.push(Date.now())
      const outcome = outcomes.shift()
      if (outcome) throw outcome
    },
  })
  return { scheduler, calls }
}

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(0)
})
afterEach(() => vi.useRealTimers())

describe('the live scheduler', () => {
  it('refreshes once per interval while wanted, and not at all otherwise', async () => {
    const { scheduler, calls } = setup()
    await vi.advanceTimersByTimeAsync(3 * INTERVAL)
    expect(calls).toEqual([])
    scheduler.setWanted(true)
    await vi.advanceTimersByTimeAsync(3 * INTERVAL)
    // Overdue the moment it is wanted, then once per interval.
    expect(calls).toEqual([3, 4, 5, 6].map((n) => n * INTERVAL))
    expect(scheduler.status().lastRefreshAt).toBe(6 * INTERVAL)
    scheduler.setWanted(false)
    await vi.advanceTimersByTimeAsync(5 * INTERVAL)
    expect(calls).toHaveLength(4)
  })

  it('stops when paused and refreshes at once on resume when one is overdue', async () => {
    const { scheduler, calls } = setup()
    scheduler.setWanted(true)
    scheduler.setPaused(true)
    await vi.advanceTimersByTimeAsync(5 * INTERVAL)
    expect(calls).toEqual([])
    expect(scheduler.status().nextAt).toBeNull()
    scheduler.setPaused(false)
    await vi.advanceTimersByTimeAsync(0)
    expect(calls).toEqual([5 * INTERVAL])
  })

  it('sleeps in a hidden tab and catches up when shown again', async () => {
    const { scheduler, calls } = setup()
    scheduler.setWanted(true)
    await vi.advanceTimersByTimeAsync(INTERVAL)
    scheduler.setHidden(true)
    await vi.advanceTimersByTimeAsync(10 * INTERVAL)
    expect(calls).toEqual([INTERVAL])
    scheduler.setHidden(false)
    await vi.advanceTimersByTimeAsync(0)
    expect(calls).toEqual([INTERVAL, 11 * INTERVAL])
    // Shown again before the interval is up: it waits for the rest of it.
    scheduler.setHidden(true)
    await vi.advanceTimersByTimeAsync(2_000)
    scheduler.setHidden(false)
    await vi.advanceTimersByTimeAsync(7_999)
    expect(calls).toHaveLength(2)
    await vi.advanceTimersByTimeAsync(1)
    expect(calls).toEqual([INTERVAL, 11 * INTERVAL, 12 * INTERVAL])
  })

  it("waits out a 429's Retry-After and doubles the wait on other errors", async () => {
    const limited = new ApiError('rate-limited', 'Slow down', {
      status: 429,
      retryAfterSeconds: 45,
    })
    const down = new ApiError('http', 'Bad Gateway', { status: 502 })
    const { scheduler, calls } = setup([limited, down, down, null])
    scheduler.setWanted(true)
    await vi.advanceTimersByTimeAsync(INTERVAL)
    expect(scheduler.status()).toMatchObject({ failures: 1, lastError: limited })
    expect(scheduler.status().nextAt).toBe(INTERVAL + 45_000)
    await vi.advanceTimersByTimeAsync(45_000)
    expect(scheduler.status().nextAt).toBe(55_000 + 4 * INTERVAL)
    await vi.advanceTimersByTimeAsync(4 * INTERVAL)
    expect(scheduler.status().nextAt).toBe(95_000 + 8 * INTERVAL)
    await vi.advanceTimersByTimeAsync(8 * INTERVAL)
    expect(calls).toEqual([INTERVAL, 55_000, 95_000, 175_000])
    expect(scheduler.status()).toMatchObject({ failures: 0, lastError: null })
    expect(scheduler.status().nextAt).toBe(175_000 + INTERVAL)
  })

  it('counts a load by other means as a refresh', async () => {
    const { scheduler, calls } = setup()
    scheduler.setWanted(true)
    await vi.advanceTimersByTimeAsync(INTERVAL - 1_000)
    scheduler.markFresh()
    await vi.advanceTimersByTimeAsync(INTERVAL - 1)
    expect(calls).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(calls).toEqual([2 * INTERVAL - 1_000])
  })
})
