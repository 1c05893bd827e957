import { describe, expect, it } from 'vitest'
import { axisLabel, bucketLabel, chartTitle, niceCeiling, tickIndexes } from './chart-scale.ts'

describe('chart scale', () => {
  it('rounds the axis top up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceCeiling(0)).toBe(1)
    expect(niceCeiling(7)).toBe(10)
    expect(niceCeiling(180)).toBe(200)
    expect(niceCeiling(2.1)).toBe(2.5)
    expect(niceCeiling(0.3)).toBeCloseTo(0.5)
    expect(niceCeiling(5000)).toBe(5000)
  })

  it('spreads tick labels evenly over the buckets, counted back from the last', () => {
    expect(tickIndexes(3, 6)).toEqual([0, 1, 2])
    expect(tickIndexes(31, 6)).toEqual([0, 6, 12, 18, 24, 30])
    expect(tickIndexes(8, 5)).toEqual([1, 3, 5, 7])
    expect(tickIndexes(0, 6)).toEqual([])
  })

  it('names buckets in the chart’s zone', () => {
    expect(axisLabel('2026-10-31T14:00:00.000Z', 'hour', 'UTC')).toBe('14:00')
    expect(axisLabel('2026-10-31T14:00:00.000Z', 'hour', 'Asia/Kolkata')).toBe('19:30')
    expect(axisLabel('2026-10-31T00:00:00.000Z', 'day', 'UTC')).toBe('Oct 31')
    expect(axisLabel('2026-10-30T23:00:00.000Z', 'day', 'Europe/Berlin')).toBe('Oct 31')
    expect(bucketLabel('2026-10-31T14:00:00.000Z', 'hour', 'UTC')).toBe('Sat, Oct 31, 2026, 14:00')
    expect(bucketLabel('2026-10-26T00:00:00.000Z', 'week', 'UTC')).toBe('Week of Mon, Oct 26, 2026')
    expect(chartTitle('day', 'Europe/Berlin')).toBe('Credits per day (Europe/Berlin)')
  })
})
