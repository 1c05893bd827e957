import { describe, expect, it } from 'vitest'
import { readDate, readStringList } from './coerce.ts'

/** What readDate promises, spelled out the slow way: Date's reading, in toISOString form. */
const throughDate = (text: string) => {
  const time = Date.parse(text)
  return Number.isNaN(time) ? null : new Date(time).toISOString()
}

describe('readDate', () => {
  it('gives what Date gives for every day of every month, hours and leap years included', () => {
    const pad = (n: number) => String(n).padStart(2, '0')
    for (const year of ['2024', '2026']) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          for (const time of ['00:00:00.000', '23:59:59.999', '24:00:00.000', '12:60:00.000']) {
            const text = `${year}-${pad(month)}-${pad(day)}T${time}Z`
            expect(readDate(text), text).toBe(throughDate(text))
          }
        }
      }
    }
  })

  it('keeps a date already in toISOString form as it is', () => {
    expect(readDate('2026-10-31T23:59:06.816Z')).toBe('2026-10-31T23:59:06.816Z')
  })

  it('normalizes other ISO forms to UTC and rolled-over days to the real date', () => {
    expect(readDate('2026-10-31T23:59:06+02:00')).toBe('2026-10-31T21:59:06.000Z')
    expect(readDate('2026-02-30T00:00:00.000Z')).toBe('2026-03-02T00:00:00.000Z')
  })

  it('returns null for what is not a date', () => {
    for (const value of ['yesterday', '', null, undefined, {}, Number.NaN]) {
      expect(readDate(value)).toBeNull()
    }
  })
})

describe('readStringList', () => {
  it('keeps the strings, numbers as text, and drops what is neither', () => {
    expect(readStringList(['a', 2, null, { b: 1 }, 'c'])).toEqual(['a', '2', 'c'])
    expect(readStringList('a')).toBeNull()
  })
})
