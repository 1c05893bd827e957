import { describe, expect, it } from 'vitest'
import { axisLabel, bucketLabel, niceCeiling, tickIndexes } from './chart-scale.ts'

describe('chart scale', () => {
  it('rounds the axis top up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceCeiling(0)).toBe(1)
    expect(niceCeiling(7)).toBe(10)
    expect(niceCeiling(180)).toBe(200)
    expect(niceCeiling(2.1)).toBe(2.5)
    expect(niceCeiling(0.3)).toBeCloseTo(0.5)
    expect(niceCeiling(5000)).toBe(5000)
  })

  it('spreads tick labels over the buckets, ends included', () => {
    expect(tickIndexes(3, 6)).toEqual([0, 1, 2])
    expect(tickIndexes(31, 6)).toEqual([0, 6, 12, 18, 24, 30])
    expect(tickIndexes(0, 6)).toEqual([])
  })

  it('names buckets in UTC', () => {
    expect(axisLabel('2026-10-31T14:00:00.000Z', 'hour')).toBe('14:00')
    expect(axisLabel('2026-10-31T00:00:00.000Z', 'day')).toBe('Oct 31')
    expect(bucketLabel('2026-10-31T14:00:00.000Z', 'hour')).toBe('Sat, Oct 31, 2026, 14:00 UTC')
    expect(bucketLabel('2026-10-26T00:00:00.000Z', 'week')).toBe('Week of Mon, Oct 26, 2026')
  })
})
