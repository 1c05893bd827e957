import { describe, expect, it } from 'vitest'
import { localInputToUtc, presetRange, RANGE_PRESETS, utcToLocalInput } from './date-range.ts'

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

describe('presets', () => {
  const now = Date.parse('2026-11-01T12:34:56.789Z')

  it('start the range back from now, rounded down to the minute, open at the end', () => {
    const [hour, day, week, month] = RANGE_PRESETS.map((preset) => presetRange(preset, now))
    expect(hour).toEqual({ created_from: '2026-11-01T11:34:00Z', created_to: null })
    expect(day?.created_from).toBe('2026-10-31T12:34:00Z')
    expect(week?.created_from).toBe('2026-10-25T12:34:00Z')
    expect(month?.created_from).toBe('2026-10-02T12:34:00Z')
  })
})
