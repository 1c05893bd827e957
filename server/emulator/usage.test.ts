import { describe, expect, it } from 'vitest'
import { HISTORY_METRICS, type SessionHistoryItem } from '../../contract/anchor-api.ts'
import { get, OPTIONS, sessions } from './testing.ts'

const NOW = OPTIONS.now.getTime()
const DAY = 86_400_000

/** Independent sums over the wire items created in [from, to]. */
function sums(from: number, to: number) {
  const inRange = sessions.filter((s) => {
    const at = Date.parse(s.created_at)
    return at >= from && at <= to
  })
  const total = (read: (s: SessionHistoryItem) => number) =>
    inRange.reduce((n, s) => n + read(s), 0)
  return {
    total_sessions: inRange.length,
    total_credits_used: total((s) => (s.used_credits === 'N/A' ? 0 : Number(s.used_credits))),
    total_proxy_bytes: total((s) => s.proxy_bytes ?? 0),
    total_ai_steps: total((s) => s.steps ?? 0),
    total_session_hours: total((s) => s.duration ?? 0) / 3600,
  }
}

async function allBuckets(query: string) {
  const buckets: Array<Record<string, number | string>> = []
  for (let page = 1; ; page++) {
    const { status, body } = await get(`/v1/sessions/history?${query}&limit=1000&page=${page}`)
    expect(status).toBe(200)
    buckets.push(...body.data)
    if (!body.pagination.has_next) return { buckets, body }
  }
}

function expectClose(actual: Record<string, number>, expected: Record<string, number>) {
  for (const [key, value] of Object.entries(expected)) expect(actual[key]).toBeCloseTo(value, 6)
}

describe('GET /v1/sessions/history', () => {
  for (const granularity of ['hour', 'day', 'week', 'month']) {
    it(`${granularity} buckets add up to the sums over the sessions in range`, async () => {
      const from = NOW - 40 * DAY + 12_345
      const to = NOW - 3 * DAY
      const query = `metrics=${HISTORY_METRICS.join(',')}&granularity=${granularity}&from_date=${new Date(from).toISOString()}&to_date=${new Date(to).toISOString()}`
      const { buckets, body } = await allBuckets(query)
      const expected = sums(from, to)
      expectClose(body.summary, expected)
      const add = (metric: string) => buckets.reduce((n, b) => n + Number(b[metric]), 0)
      expect(add('session_count')).toBe(expected.total_sessions)
      expect(add('credits_used')).toBeCloseTo(expected.total_credits_used, 6)
      expect(add('proxy_bytes')).toBe(expected.total_proxy_bytes)
      expect(add('ai_steps')).toBe(expected.total_ai_steps)
      expect(add('session_hours')).toBeCloseTo(expected.total_session_hours, 6)
      expect(body.pagination.total_records).toBe(buckets.length)
    })
  }

  it('defaults: day buckets over the 90 days before the clock, session_count only, dense', async () => {
    const { status, body } = await get('/v1/sessions/history')
    expect(status).toBe(200)
    expect(body.data).toHaveLength(91)
    // The provider's OpenAPI file: `metrics` defaults to [session_count].
    expect(Object.keys(body.data[0])).toEqual(['date', 'session_count'])
    const dates = body.data.map((b: { date: string }) => Date.parse(b.date))
    dates.slice(1).forEach((d: number, k: number) => expect(d - dates[k]).toBe(DAY))
    expect(new Date(dates[0]).toISOString()).toMatch(/T00:00:00\.000Z$/)
    expectClose(body.summary, sums(NOW - 90 * DAY, NOW))
    expect(body.pagination).toEqual({
      current_page: 1,
      total_pages: 1,
      total_records: 91,
      has_next: false,
      has_prev: false,
    })
  })

  it('includes empty buckets as zeros', async () => {
    const { body } = await get(
      '/v1/sessions/history?from_date=2020-01-01T00:00:00Z&to_date=2020-01-03T00:00:00Z',
    )
    expect(body.data.map((b: { session_count: number }) => b.session_count)).toEqual([0, 0, 0])
  })

  it('weeks start on Monday and months on the 1st, in UTC', async () => {
    const week = await get('/v1/sessions/history?granularity=week')
    for (const b of week.body.data) expect(new Date(b.date).getUTCDay()).toBe(1)
    const month = await get('/v1/sessions/history?granularity=month')
    for (const b of month.body.data) expect(b.date).toMatch(/-01T00:00:00\.000Z$/)
  })

  it('returns only the requested metrics, in canonical order', async () => {
    const { body } = await get('/v1/sessions/history?metrics=credits_used,%20session_count')
    expect(Object.keys(body.data[0])).toEqual(['date', 'session_count', 'credits_used'])
  })

  it('takes metrics repeated (the array form), comma lists, and both together', async () => {
    const repeated = await get('/v1/sessions/history?metrics=credits_used&metrics=ai_steps')
    expect(Object.keys(repeated.body.data[0])).toEqual(['date', 'ai_steps', 'credits_used'])
    const mixed = await get(
      '/v1/sessions/history?metrics=screenshots,session_count&metrics=proxy_bytes&metrics=',
    )
    expect(Object.keys(mixed.body.data[0])).toEqual([
      'date',
      'session_count',
      'proxy_bytes',
      'screenshots',
    ])
  })

  it('answers every documented metric, screenshots and network_bytes_total included', async () => {
    const query = HISTORY_METRICS.map((metric) => `metrics=${metric}`).join('&')
    const { status, body } = await get(`/v1/sessions/history?${query}&granularity=month`)
    expect(status).toBe(200)
    expect(Object.keys(body.data[0])).toEqual(['date', ...HISTORY_METRICS])
    const add = (metric: string) =>
      body.data.reduce((n: number, b: Record<string, number>) => n + b[metric]!, 0)
    // What the emulator models them as (history.ts): a screenshot per step, the proxy's bytes.
    expect(add('screenshots')).toBe(body.summary.total_ai_steps)
    expect(add('network_bytes_total')).toBe(body.summary.total_proxy_bytes)
    expect(add('screenshots')).toBeGreaterThan(0)
  })

  it('paginates the buckets', async () => {
    const { body } = await get('/v1/sessions/history?granularity=hour&limit=100&page=3')
    expect(body.data).toHaveLength(100)
    expect(body.pagination).toEqual({
      current_page: 3,
      total_pages: Math.ceil(2161 / 100),
      total_records: 2161,
      has_next: true,
      has_prev: true,
    })
    const past = await get('/v1/sessions/history?page=5')
    expect(past.body.data).toEqual([])
    expect(past.body.pagination.total_records).toBe(91)
  })

  it('400 for invalid parameters', async () => {
    const cases: Array<[string, string]> = [
      ['granularity=year', 'Invalid granularity "year": must be one of hour, day, week, month'],
      [
        'metrics=session_count,clicks',
        `Invalid metrics "clicks": must be a comma list of ${HISTORY_METRICS.join(', ')}`,
      ],
      ['limit=0', 'Invalid limit "0": must be an integer from 1 to 1000'],
      ['limit=1001', 'Invalid limit "1001": must be an integer from 1 to 1000'],
      ['page=0', 'Invalid page "0": must be an integer >= 1'],
      [
        'from_date=soon',
        'Invalid from_date "soon": must be an ISO 8601 date-time such as 2026-03-09T12:34:56Z',
      ],
    ]
    for (const [query, message] of cases) {
      const answer = await get(`/v1/sessions/history?${query}`)
      expect(answer.status).toBe(400)
      expect(answer.body).toEqual({ error: { code: 400, message } })
    }
  })

  it('from_date after to_date is an empty series', async () => {
    const { status, body } = await get(
      '/v1/sessions/history?from_date=2026-11-01T00:00:00Z&to_date=2026-10-01T00:00:00Z',
    )
    expect(status).toBe(200)
    expect(body.data).toEqual([])
    expect(body.summary.total_sessions).toBe(0)
    expect(body.pagination.total_records).toBe(0)
  })
})

describe('GET /v1/billing', () => {
  it('credits_used is the sum over the current UTC month up to the clock', async () => {
    const { status, body } = await get('/v1/billing')
    expect(status).toBe(200)
    const monthStart = Date.UTC(OPTIONS.now.getUTCFullYear(), OPTIONS.now.getUTCMonth(), 1)
    const expected = sums(monthStart, NOW).total_credits_used
    expect(expected).toBeGreaterThan(0)
    expect(body.data.credits_used).toBeCloseTo(expected, 6)
    expect(body.data.billing_period).toBe('2026-11')
    expect(body.data.credits).toBeCloseTo(
      Math.max(0, body.data.included_credits - body.data.credits_used),
      6,
    )
    expect(body.data).toMatchObject({
      tier: 'growth',
      max_concurrent_browsers: 50,
      cost_limit: null,
    })
  })
})
