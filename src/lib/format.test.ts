import { describe, expect, it } from 'vitest'
import { DASH, formatAge, formatBytes, formatCredits, formatDuration, formatUtc } from './format.ts'

describe('format', () => {
  it('shows credits with two decimals and a dash for unknown', () => {
    expect(formatCredits(12.5)).toBe('12.50')
    expect(formatCredits(1234.567)).toBe('1,234.57')
    expect(formatCredits(null)).toBe(DASH)
    expect(formatCredits(Number.NaN)).toBe(DASH)
  })

  it('shows bytes in decimal units', () => {
    expect(formatBytes(0)).toBe('0 B')
    expect(formatBytes(102_400)).toBe('102 KB')
    expect(formatBytes(1_500_000)).toBe('1.5 MB')
    expect(formatBytes(3_200_000_000)).toBe('3.2 GB')
    expect(formatBytes(null)).toBe(DASH)
  })

  it('shows durations as 7m 00s', () => {
    expect(formatDuration(420)).toBe('7m 00s')
    expect(formatDuration(45)).toBe('45s')
    expect(formatDuration(7500)).toBe('2h 05m')
    expect(formatDuration(null)).toBe(DASH)
  })

  it('shows ages and exact UTC', () => {
    const now = Date.parse('2026-11-01T12:00:00Z')
    expect(formatAge('2026-11-01T09:00:00Z', now)).toBe('3h ago')
    expect(formatAge('2026-11-01T11:59:50Z', now)).toBe('just now')
    expect(formatUtc('2026-11-01T09:00:05.123Z')).toBe('2026-11-01 09:00:05 UTC')
    expect(formatAge(null, now)).toBe(DASH)
  })
})
