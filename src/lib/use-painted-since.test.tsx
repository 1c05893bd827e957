import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { usePaintedSince } from './use-painted-since.ts'

/** One frame: its callbacks, then the timer they set, which afterNextPaint runs after paint. */
const paintFrame = () => act(() => vi.advanceTimersByTime(17))

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
  })
})
afterEach(() => {
  vi.useRealTimers()
})

describe('usePaintedSince', () => {
  it('turns true once the given number of frames has been painted since the key changed', () => {
    const { result, rerender } = renderHook(({ key }) => usePaintedSince(key, 3), {
      initialProps: { key: 'a' },
    })
    paintFrame()
    paintFrame()
    expect(result.current).toBe(false)
    paintFrame()
    expect(result.current).toBe(true)

    rerender({ key: 'b' })
    expect(result.current).toBe(false)
    paintFrame()
    paintFrame()
    expect(result.current).toBe(false)
    paintFrame()
    expect(result.current).toBe(true)
  })

  it('waits one frame by default', () => {
    const { result } = renderHook(() => usePaintedSince('a'))
    expect(result.current).toBe(false)
    paintFrame()
    expect(result.current).toBe(true)
  })
})
