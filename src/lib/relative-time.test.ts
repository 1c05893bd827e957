import { describe, expect, it } from 'vitest'
import {
  describeRelativeTime,
  formatRelativeTime,
  parseRelativeTime,
  resolveRelativeTime,
  type RangeEnd,
} from './relative-time.ts'

const resolve = (text: string, end: RangeEnd, now: string, zone = 'UTC') =>
  new Date(resolveRelativeTime(parseRelativeTime(text)!, end, Date.parse(now), zone)).toISOString()

describe('relative times', () => {
  it('reads the forms it writes, and nothing else', () => {
    for (const text of ['now', 'now-7d', 'now-90m', 'now/d', 'now-1d/d', 'now-1M/M', 'now-2y']) {
      expect(formatRelativeTime(parseRelativeTime(text)!)).toBe(text)
    }
    for (const text of ['now-', 'now-7', 'now-7x', 'now+1d', 'now-0d', 'now-10000d', 'Now', '']) {
      expect(parseRelativeTime(text)).toBeNull()
    }
    expect(parseRelativeTime('2026-11-01T00:00:00Z')).toBeNull()
  })

  it('takes minutes and hours off the instant, days and longer off the calendar', () => {
    const now = '2026-11-10T15:45:30.250Z'
    expect(resolve('now', 'from', now)).toBe(now)
    expect(resolve('now-90m', 'from', now)).toBe('2026-11-10T14:15:30.250Z')
    expect(resolve('now-7d', 'from', now)).toBe('2026-11-03T15:45:30.250Z')
    expect(resolve('now-2w', 'from', now)).toBe('2026-10-27T15:45:30.250Z')
    // Berlin changed its clocks on 25 October: seven days back is still 16:45 on its walls.
    expect(resolve('now-14d', 'from', now, 'Europe/Berlin')).toBe('2026-10-27T15:45:30.250Z')
    expect(resolve('now-24h', 'from', '2026-10-25T12:00:00Z', 'Europe/Berlin')).toBe(
      '2026-10-24T12:00:00.000Z',
    )
    expect(resolve('now-1d', 'from', '2026-10-25T12:00:00Z', 'Europe/Berlin')).toBe(
      '2026-10-24T11:00:00.000Z',
    )
  })

  it('ends a month on the last day of a shorter one', () => {
    expect(resolve('now-1M', 'from', '2026-03-31T10:00:00Z')).toBe('2026-02-28T10:00:00.000Z')
    expect(resolve('now-1y', 'from', '2028-02-29T10:00:00Z')).toBe('2027-02-28T10:00:00.000Z')
  })

  it('rounds a start down and an end up, in the zone', () => {
    const now = '2026-11-10T23:30:00Z' // Wednesday 11 November, 00:30 in Berlin
    expect(resolve('now/d', 'from', now)).toBe('2026-11-10T00:00:00.000Z')
    expect(resolve('now/d', 'from', now, 'Europe/Berlin')).toBe('2026-11-10T23:00:00.000Z')
    expect(resolve('now-1d/d', 'from', now, 'Europe/Berlin')).toBe('2026-11-09T23:00:00.000Z')
    expect(resolve('now-1d/d', 'to', now, 'Europe/Berlin')).toBe('2026-11-10T22:59:59.999Z')
    expect(resolve('now/w', 'from', now)).toBe('2026-11-09T00:00:00.000Z')
    expect(resolve('now/M', 'from', now, 'Asia/Kolkata')).toBe('2026-10-31T18:30:00.000Z')
    expect(resolve('now-1M/M', 'to', now)).toBe('2026-10-31T23:59:59.999Z')
    expect(resolve('now/h', 'to', now)).toBe('2026-11-10T23:59:59.999Z')
  })

  it('says what it means in words', () => {
    const words = (text: string, end: RangeEnd) =>
      describeRelativeTime(parseRelativeTime(text)!, end)
    expect(words('now', 'to')).toBe('now')
    expect(words('now-1h', 'from')).toBe('1 hour ago')
    expect(words('now-7d', 'from')).toBe('7 days ago')
    expect(words('now/d', 'from')).toBe('start of today')
    expect(words('now-1d/d', 'to')).toBe('end of yesterday')
    expect(words('now/M', 'from')).toBe('start of this month')
    expect(words('now-1w/w', 'from')).toBe('start of last week')
    expect(words('now-3d/d', 'from')).toBe('start of 3 days ago')
  })
})
