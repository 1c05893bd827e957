import { describe, expect, it } from 'vitest'
import { chooseGranularity, historyRange } from './history-range.ts'

const HOUR = 3_600_000
const NOW = Date.parse('2026-11-25T15:00:00.000Z')

describe('chooseGranularity', () => {
  it('goes by hour up to 2 days, by day up to 90 days, then by week', () => {
    expect(chooseGranularity(6 * HOUR)).toBe('hour')
    expect(chooseGranularity(48 * HOUR)).toBe('hour')
    expect(chooseGranularity(48 * HOUR + 1)).toBe('day')
    expect(chooseGranularity(90 * 24 * HOUR)).toBe('day')
    expect(chooseGranularity(90 * 24 * HOUR + 1)).toBe('week')
  })
})

describe('historyRange', () => {
  it('defaults to the last 30 days, by day', () => {
    expect(historyRange(null, null, NOW)).toEqual({
      from: '2026-10-26T15:00:00.000Z',
      to: '2026-11-25T15:00:00.000Z',
      granularity: 'day',
      isDefault: true,
    })
  })

  it("follows the list's created range, filling a missing end", () => {
    expect(historyRange('2026-11-24T00:00:00.000Z', null, NOW)).toMatchObject({
      to: '2026-11-25T15:00:00.000Z',
      granularity: 'hour',
      isDefault: false,
    })
    expect(historyRange(null, '2026-06-30T00:00:00.000Z', NOW)).toMatchObject({
      from: '2026-05-31T00:00:00.000Z',
      granularity: 'day',
    })
    expect(
      historyRange('2026-01-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z', NOW).granularity,
    ).toBe('week')
  })
})
