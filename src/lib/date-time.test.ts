import { isTimeZone } from '../../contract/server-render.ts'
import { describe, expect, it } from 'vitest'
import {
  formatClockTime,
  formatDateTime,
  formatShortDateTime,
  utcToZoneInput,
  zoneInputToTime,
} from './date-time.ts'
import { DASH } from './format.ts'

const iso = (time: number | undefined) =>
  time === undefined ? undefined : new Date(time).toISOString()

describe('times in a named zone', () => {
  it('formats one instant in each zone, whatever the machine is set to', () => {
    const at = '2026-07-01T22:30:00Z'
    expect(formatDateTime(at, 'UTC')).toBe('Jul 1, 2026, 22:30')
    expect(formatDateTime(at, 'Europe/Berlin')).toBe('Jul 2, 2026, 00:30')
    expect(formatDateTime(at, 'Asia/Kolkata')).toBe('Jul 2, 2026, 04:00')
    expect(formatDateTime(at, 'America/Los_Angeles')).toBe('Jul 1, 2026, 15:30')
    expect(formatDateTime(null, 'UTC')).toBe(DASH)
    expect(formatDateTime('not a date', 'UTC')).toBe(DASH)
  })

  it('says a moment of the day to the second, in the zone', () => {
    const at = Date.parse('2026-07-01T22:30:05Z')
    expect(formatClockTime(at, 'UTC')).toBe('22:30:05')
    expect(formatClockTime(at, 'Asia/Kolkata')).toBe('04:00:05')
  })

  it('gives the short form a year only when it is not the current year there', () => {
    const now = Date.parse('2026-12-31T23:30:00Z')
    expect(formatShortDateTime('2026-06-01T10:00:00Z', 'UTC', now)).toBe('Jun 1, 10:00')
    expect(formatShortDateTime('2025-06-01T10:00:00Z', 'UTC', now)).toBe('Jun 1, 25, 10:00')
    // Already 2027 in Berlin: the June date of 2026 is last year's there.
    expect(formatShortDateTime('2026-06-01T10:00:00Z', 'Europe/Berlin', now)).toBe(
      'Jun 1, 26, 12:00',
    )
    // The year turns at midnight there, not at midnight UTC.
    expect(formatShortDateTime('2026-12-31T23:00:00Z', 'Europe/Berlin', now)).toBe('Jan 1, 00:00')
    expect(formatShortDateTime('2026-12-31T22:59:00Z', 'Europe/Berlin', now)).toBe(
      'Dec 31, 26, 23:59',
    )
  })

  it('turns datetime-local text into an instant and back, also at half-hour offsets', () => {
    expect(iso(zoneInputToTime('2026-07-02T04:00', 'Asia/Kolkata'))).toBe(
      '2026-07-01T22:30:00.000Z',
    )
    expect(utcToZoneInput('2026-07-01T22:30:00Z', 'Asia/Kolkata')).toBe('2026-07-02T04:00')
    expect(iso(zoneInputToTime('2026-11-01T12:00:30', 'America/New_York'))).toBe(
      '2026-11-01T17:00:30.000Z',
    )
  })

  it('reads an hour skipped by the clocks with the offset from before the change', () => {
    // 02:30 does not exist in Berlin on 2026-03-29: read as 02:30 CET, shown as 03:30 CEST.
    expect(iso(zoneInputToTime('2026-03-29T02:30', 'Europe/Berlin'))).toBe(
      '2026-03-29T01:30:00.000Z',
    )
  })

  it('refuses text an input could not have produced', () => {
    expect(zoneInputToTime('2026-07-01', 'UTC')).toBeUndefined()
    expect(zoneInputToTime('2026-07-01T12:00Z', 'UTC')).toBeUndefined()
  })

  it('knows real zone names from made-up ones', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true)
    expect(isTimeZone('UTC')).toBe(true)
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false)
    expect(isTimeZone('')).toBe(false)
    expect(isTimeZone('<script>')).toBe(false)
  })
})
