import { describe, expect, it } from 'vitest'
import { readBilling } from './billing-query.ts'
import { historyQueryString, readHistoryPage } from './history-query.ts'

describe('usage readers', () => {
  it('reads history points and the summary, tolerating strings and gaps', () => {
    const page = readHistoryPage({
      data: [
        { date: '2026-10-30', session_count: 3, credits_used: '4.5' },
        { date: '2026-10-31' },
        { nodate: true },
      ],
      summary: { total_sessions: 3, total_credits_used: 4.5 },
      pagination: { has_next: false },
    })
    expect(page.points).toEqual([
      { date: '2026-10-30', sessions: 3, credits: 4.5 },
      { date: '2026-10-31', sessions: 0, credits: 0 },
    ])
    expect(page).toMatchObject({ totalSessions: 3, totalCredits: 4.5, hasNext: false })
    expect(() => readHistoryPage({ data: null })).toThrow('without data points')
  })

  it('asks for the two metrics it shows over the chosen range', () => {
    const query = new URLSearchParams(
      historyQueryString({ from: 'A', to: 'B', granularity: 'hour', isDefault: false }),
    )
    expect(Object.fromEntries(query)).toEqual({
      from_date: 'A',
      to_date: 'B',
      granularity: 'hour',
      metrics: 'session_count,credits_used',
      limit: '1000',
    })
  })

  it('reads billing', () => {
    expect(
      readBilling({
        data: {
          credits: 80,
          credits_used: 20,
          included_credits: 100,
          billing_period: '2026-11',
          tier: 'pro',
        },
      }),
    ).toEqual({
      balance: 80,
      creditsUsed: 20,
      includedCredits: 100,
      period: '2026-11',
      tier: 'pro',
    })
  })
})
