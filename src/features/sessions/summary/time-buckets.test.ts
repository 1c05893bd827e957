import { describe, expect, it } from 'vitest'
import { readSession } from '../api/session-model.ts'
import { bucketStart, chooseBucketUnit, creditsOverTime, type BucketUnit } from './time-buckets.ts'
import { rawSession, rawSessions } from '../api/test-support/raw-sessions.ts'

const HOUR = 3_600_000

describe('chooseBucketUnit', () => {
  it('uses hours up to 48 h, days up to 120 days, weeks beyond', () => {
    expect(chooseBucketUnit(48 * HOUR)).toBe('hour')
    expect(chooseBucketUnit(48 * HOUR + 1)).toBe('day')
    expect(chooseBucketUnit(120 * 24 * HOUR)).toBe('day')
    expect(chooseBucketUnit(121 * 24 * HOUR)).toBe('week')
  })
})

describe('bucketStart', () => {
  const time = Date.parse('2026-10-15T13:45:12Z') // a Thursday
  const startOf = (unit: BucketUnit, zone: string) =>
    new Date(bucketStart(time, unit, zone)).toISOString()
  it('floors to the UTC hour, day and Monday', () => {
    expect(startOf('hour', 'UTC')).toBe('2026-10-15T13:00:00.000Z')
    expect(startOf('day', 'UTC')).toBe('2026-10-15T00:00:00.000Z')
    expect(startOf('week', 'UTC')).toBe('2026-10-12T00:00:00.000Z')
  })
  it('floors to the hour, day and Monday of another zone', () => {
    expect(startOf('hour', 'Asia/Kolkata')).toBe('2026-10-15T13:30:00.000Z')
    expect(startOf('day', 'Europe/Berlin')).toBe('2026-10-14T22:00:00.000Z')
    expect(startOf('week', 'America/New_York')).toBe('2026-10-12T04:00:00.000Z')
  })
})

describe('creditsOverTime', () => {
  const sessions = rawSessions(400).map((item) => readSession(item)!)

  it('adds up to the total credits, with every day in the range present', () => {
    const { unit, buckets } = creditsOverTime(sessions)
    expect(unit).toBe('day') // 400 sessions 37 minutes apart span about ten days
    const total = sessions.reduce(
      (sum, session) => sum + (typeof session.credits === 'number' ? session.credits : 0),
      0,
    )
    expect(buckets.reduce((sum, bucket) => sum + bucket.credits, 0)).toBeCloseTo(total, 6)
    expect(buckets.reduce((sum, bucket) => sum + bucket.sessions, 0)).toBe(400)
    const days = buckets.map((bucket) => Date.parse(bucket.start))
    days.slice(1).forEach((day, index) => expect(day - days[index]!).toBe(24 * HOUR))
  })

  it('goes per hour for a short range and keeps empty hours', () => {
    const short = [
      readSession(rawSession(1, { created_at: '2026-10-01T00:10:00Z', used_credits: 1 }))!,
      readSession(rawSession(2, { created_at: '2026-10-01T03:10:00Z', used_credits: 'N/A' }))!,
    ]
    const { unit, buckets } = creditsOverTime(short)
    expect(unit).toBe('hour')
    expect(buckets.map((bucket) => [bucket.credits, bucket.sessions, bucket.running])).toEqual([
      [1, 1, 0],
      [0, 0, 0],
      [0, 0, 0],
      [0, 1, 1],
    ])
  })

  it('spans the filtered range when one is given', () => {
    const { buckets } = creditsOverTime(sessions.slice(0, 1), {
      from: '2026-09-29T00:00:00.000Z',
      to: '2026-10-03T12:00:00.000Z',
    })
    expect(buckets.map((bucket) => bucket.start.slice(0, 10))).toEqual([
      '2026-09-29',
      '2026-09-30',
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
    ])
  })

  it('buckets by the days of the zone shown, a 25-hour day included', () => {
    const around = [
      readSession(rawSession(1, { created_at: '2026-10-24T22:30:00Z', used_credits: 1 }))!,
      readSession(rawSession(2, { created_at: '2026-10-25T22:30:00Z', used_credits: 4 }))!,
      readSession(rawSession(3, { created_at: '2026-10-25T23:30:00Z', used_credits: 2 }))!,
    ]
    const { buckets, zone } = creditsOverTime(
      around,
      { from: '2026-10-22T22:00:00Z', to: '2026-10-27T12:00:00Z' },
      'Europe/Berlin',
    )
    expect(zone).toBe('Europe/Berlin')
    // Berlin's 25 October began at 22:00 UTC the day before and lasted 25 hours.
    expect(buckets.map((bucket) => [bucket.start, bucket.credits])).toEqual([
      ['2026-10-22T22:00:00.000Z', 0],
      ['2026-10-23T22:00:00.000Z', 0],
      ['2026-10-24T22:00:00.000Z', 5],
      ['2026-10-25T23:00:00.000Z', 2],
      ['2026-10-26T23:00:00.000Z', 0],
    ])
  })

  it('has no buckets without dated sessions', () => {
    expect(creditsOverTime([]).buckets).toEqual([])
  })
})
