import { describe, expect, it } from 'vitest'
import {
  describeRange,
  localInputToUtc,
  RANGE_PRESETS,
  relativeToNow,
  utcToLocalInput,
} from './date-range.ts'
import { pinRange, unpinRange } from './pin-range.ts'
import { parseRangePhrase } from './range-phrase.ts'
import { formatRelativeTime } from '../../../lib/relative-time.ts'

// A zone with a DST change both ways; the machine's own zone plays no part.
const ZONE = 'Europe/Berlin'

describe('local time <-> UTC', () => {
  it('shows a UTC instant in the local zone, in summer and winter', () => {
    expect(utcToLocalInput('2026-07-01T10:00:00Z', ZONE)).toBe('2026-07-01T12:00')
    expect(utcToLocalInput('2026-12-01T10:00:00Z', ZONE)).toBe('2026-12-01T11:00')
    expect(utcToLocalInput('2026-12-31T23:30:00Z', ZONE)).toBe('2027-01-01T00:30')
  })

  it('keeps seconds only when there are some', () => {
    expect(utcToLocalInput('2026-12-01T10:00:05Z', ZONE)).toBe('2026-12-01T11:00:05')
  })

  it('reads local input back as UTC', () => {
    expect(localInputToUtc('2026-07-01T12:00', ZONE)).toBe('2026-07-01T10:00:00Z')
    expect(localInputToUtc('2027-01-01T00:30', ZONE)).toBe('2026-12-31T23:30:00Z')
  })

  it('round-trips', () => {
    for (const iso of ['2026-03-29T00:59:00Z', '2026-03-29T01:00:00Z', '2026-11-01T00:00:00Z']) {
      expect(localInputToUtc(utcToLocalInput(iso, ZONE), ZONE)).toBe(iso)
    }
  })

  it('reads the hour that repeats when clocks go back as its first occurrence', () => {
    // 02:15 happens twice in Berlin on 2026-10-25; a zone-less input cannot say which.
    expect(utcToLocalInput('2026-10-25T01:15:00Z', ZONE)).toBe('2026-10-25T02:15')
    expect(localInputToUtc('2026-10-25T02:15', ZONE)).toBe('2026-10-25T00:15:00Z')
  })

  it('treats an empty box as no bound and refuses anything else', () => {
    expect(localInputToUtc('', ZONE)).toBeNull()
    expect(localInputToUtc('yesterday', ZONE)).toBeUndefined()
    expect(localInputToUtc('2026-07-01T12:00Z', ZONE)).toBeUndefined()
    expect(utcToLocalInput(null, ZONE)).toBe('')
  })
})

describe('ranges in words', () => {
  it('reads what people type', () => {
    const cases: Array<[string, string | null, string | null]> = [
      ['last 90 minutes', 'now-90m', null],
      ['Last 2 weeks', 'now-2w', null],
      ['past 3 hours', 'now-3h', null],
      ['2 weeks', 'now-2w', null],
      ['90m', 'now-90m', null],
      ['last hour', 'now-1h', null],
      ['last 6 months', 'now-6M', null],
      ['today', 'now/d', null],
      ['yesterday', 'now-1d/d', 'now-1d/d'],
      ['this month', 'now/M', null],
      ['previous week', 'now-1w/w', 'now-1w/w'],
      ['now-7d', 'now-7d', null],
      ['now-7d to now-1d', 'now-7d', 'now-1d'],
    ]
    for (const [text, from, to] of cases) expect(parseRangePhrase(text), text).toEqual({ from, to })
  })

  it('refuses what it cannot read', () => {
    for (const text of ['', 'soon', 'last', 'last 0 days', 'hours', 'now-7x', 'now-1d to later']) {
      expect(parseRangePhrase(text), text).toBeNull()
    }
  })

  it('names a range as a person would say it', () => {
    expect(RANGE_PRESETS.map((p) => describeRange(p, ZONE))).toEqual(
      RANGE_PRESETS.map((p) => p.label),
    )
    expect(describeRange({ from: 'now-90m', to: null }, ZONE)).toBe('Last 90 minutes')
    expect(describeRange({ from: 'now-7d', to: 'now-1d/d' }, ZONE)).toBe(
      '7 days ago – end of yesterday',
    )
    expect(describeRange({ from: '2026-10-01T00:00:00Z', to: null }, ZONE)).toBe(
      'Since Oct 1, 2026, 02:00',
    )
    expect(describeRange({ from: null, to: null }, ZONE)).toBeNull()
  })

  it('turns a fixed time into the largest exact unit back from now', () => {
    const now = Date.parse('2026-11-10T12:00:00Z')
    const back = (iso: string) => {
      const relative = relativeToNow(iso, now)
      return relative && formatRelativeTime(relative)
    }
    expect(back('2026-11-03T12:00:00Z')).toBe('now-7d')
    expect(back('2026-11-10T09:00:00Z')).toBe('now-3h')
    expect(back('2026-11-10T11:15:20Z')).toBe('now-45m')
    expect(back('2026-11-10T12:00:10Z')).toBe('now')
    expect(back('2026-11-12T00:00:00Z')).toBeNull()
  })
})

describe('pinning', () => {
  const asOf = Date.parse('2026-11-10T12:00:00Z')
  const lastWeek = { from: 'now-7d', to: null }

  it('pins a relative range to the times it means, closing an open end at that moment', () => {
    const resolved = { created_from: '2026-11-03T12:00:00Z', created_to: null }
    const { range, state } = pinRange(lastWeek, resolved, asOf)
    expect(range).toEqual({ from: '2026-11-03T12:00:00Z', to: '2026-11-10T12:00:00Z' })
    // Later, from the same history entry: exactly what it was.
    expect(unpinRange(range, state, asOf + 3_600_000)).toEqual(lastWeek)
  })

  it('makes fixed times relative by their distance from now, an end at now left open', () => {
    const range = { from: '2026-11-03T12:00:00Z', to: '2026-11-10T11:59:40Z' }
    expect(unpinRange(range, null, asOf)).toEqual({ from: 'now-7d', to: null })
    expect(unpinRange({ from: null, to: '2026-11-12T00:00:00Z' }, null, asOf)).toBeNull()
  })
})
