import { describe, expect, it } from 'vitest'
import type { SessionHistoryItem } from '../../../../contract/anchor-api.ts'
import { readSession, type Session } from '../api/session-model.ts'
import { aggregateSessions, NO_API_KEY, type BreakdownRow } from './aggregate.ts'
import { rawSession, rawSessions } from '../api/test-support/raw-sessions.ts'

const read = (items: SessionHistoryItem[]): Session[] => items.map((item) => readSession(item)!)

/** The plain, obvious computation the aggregation must agree with. */
function naiveGroups(items: SessionHistoryItem[], keysOf: (item: SessionHistoryItem) => string[]) {
  const groups = new Map<string, { credits: number; sessions: number; running: number }>()
  for (const item of items) {
    for (const key of [...new Set(keysOf(item))]) {
      const group = groups.get(key) ?? { credits: 0, sessions: 0, running: 0 }
      group.sessions += 1
      if (item.used_credits === 'N/A') group.running += 1
      else group.credits += Number(item.used_credits)
      groups.set(key, group)
    }
  }
  return groups
}

function expectSameGroups(actual: BreakdownRow[], expected: ReturnType<typeof naiveGroups>) {
  expect(actual).toHaveLength(expected.size)
  for (const row of actual) {
    const group = expected.get(row.key)!
    expect(row.sessions).toBe(group.sessions)
    expect(row.running).toBe(group.running)
    expect(row.credits).toBeCloseTo(group.credits, 6)
  }
}

describe('aggregateSessions', () => {
  const items = rawSessions(500)
  const totals = aggregateSessions(read(items))
  const finished = items.filter((item) => item.used_credits !== 'N/A')
  const credits = finished.map((item) => Number(item.used_credits))

  it('sums final credits, string or number, and keeps running sessions apart', () => {
    expect(typeof items[1]!.used_credits).toBe('string')
    expect(totals.sessions).toBe(500)
    expect(totals.running).toBe(items.length - finished.length)
    expect(totals.running).toBeGreaterThan(0)
    expect(totals.creditedSessions).toBe(finished.length)
    expect(totals.credits).toBeCloseTo(
      credits.reduce((a, b) => a + b, 0),
      6,
    )
    expect(totals.averageCredits).toBeCloseTo(totals.credits / finished.length, 9)
    expect(totals.maxCredits).toBe(Math.max(...credits))
    expect(totals.unknownCredits).toBe(0)
  })

  it('sums duration and proxy bytes, treating absent values as nothing', () => {
    expect(totals.durationSeconds).toBe(items.reduce((sum, item) => sum + (item.duration ?? 0), 0))
    expect(totals.proxyBytes).toBe(items.reduce((sum, item) => sum + (item.proxy_bytes ?? 0), 0))
  })

  it('breaks credits down by status, API key, tag and domain', () => {
    expectSameGroups(
      totals.byStatus,
      naiveGroups(items, (item) => [item.status]),
    )
    expectSameGroups(
      totals.byApiKey,
      naiveGroups(items, (item) => [item.api_key_name]),
    )
    expectSameGroups(
      totals.byTag,
      naiveGroups(items, (item) => item.tags ?? []),
    )
    expectSameGroups(
      totals.byDomain,
      naiveGroups(items, (item) => item.domains ?? []),
    )
  })

  it('counts a session once per distinct tag, so tag credits exceed the total', () => {
    const tagCredits = totals.byTag.reduce((sum, row) => sum + row.credits, 0)
    expect(tagCredits).toBeGreaterThan(totals.credits)
    const statusCredits = totals.byStatus.reduce((sum, row) => sum + row.credits, 0)
    expect(statusCredits).toBeCloseTo(totals.credits, 6)
  })

  it('orders breakdowns by credits, most first', () => {
    const creditsInOrder = totals.byApiKey.map((row) => row.credits)
    expect(creditsInOrder).toEqual([...creditsInOrder].sort((a, b) => b - a))
  })

  it('does not depend on the order of the sessions', () => {
    const shuffled = aggregateSessions(read([...items].reverse()))
    expect(shuffled.credits).toBe(totals.credits)
  })

  it('never counts unreadable credits as zero, nor running sessions in the average', () => {
    const odd = aggregateSessions(
      read([
        rawSession(1, { used_credits: '2.50' }),
        rawSession(2, { used_credits: 'N/A' }),
        rawSession(3, { used_credits: 'soon' }),
        rawSession(5, { used_credits: 1.5, api_key_name: undefined as unknown as string }),
      ]),
    )
    expect(odd.credits).toBe(4)
    expect(odd.creditedSessions).toBe(2)
    expect(odd.averageCredits).toBe(2)
    expect(odd.running).toBe(1)
    expect(odd.unknownCredits).toBe(1)
    expect(odd.byApiKey.some((row) => row.key === NO_API_KEY)).toBe(true)
  })

  it('has no average or maximum without sessions', () => {
    const empty = aggregateSessions([])
    expect(empty).toMatchObject({ sessions: 0, credits: 0, averageCredits: null, maxCredits: null })
  })
})
