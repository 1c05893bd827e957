import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../lib/http-error.ts'
import { DEFAULT_SEARCH } from '../search-params.ts'
import { fakeSessionsApi, page } from './test-support/fake-api.ts'
import { rawSessions } from './test-support/raw-sessions.ts'
import { walkAllPages, type PartialWalk, type WalkProgress } from './walk-pages.ts'
import { walkFiltersQuery, walkRequestCount } from './walk-query.ts'

const NOW = Date.parse('2026-11-01T00:00:00Z')
const items = rawSessions(520) // 11 pages of 50, the last one short

/** A clock that only moves when the walk sleeps, so waits are measured, not spent. */
function fakeClock() {
  let time = NOW
  const sleeps: number[] = []
  return {
    now: () => time,
    sleeps,
    sleep: async (ms: number, signal: AbortSignal) => {
      if (signal.aborted) throw signal.reason
      sleeps.push(ms)
      time += ms
    },
  }
}

describe('walkAllPages', () => {
  it('collects every session of every page, at most 4 requests at a time', async () => {
    const api = fakeSessionsApi(items)
    const result = await walkAllPages({
      search: DEFAULT_SEARCH,
      fetchJson: api.fetchJson,
      now: () => NOW,
    })
    expect(result.sessions.map((s) => s.id)).toEqual(items.map((item) => item.id).sort())
    expect(result.total).toBe(520)
    expect(api.requests).toHaveLength(11)
    expect(api.maxInFlight).toBe(4)
    expect(result.drift).toBeNull()
    expect(result.duplicates).toBe(0)
  })

  it('pages by session id, 50 at a time, whatever the table shows', async () => {
    const api = fakeSessionsApi(items)
    const search = {
      ...DEFAULT_SEARCH,
      page: 3,
      limit: 10 as const,
      sort_by: 'used_credits' as const,
    }
    await walkAllPages({ search, fetchJson: api.fetchJson, now: () => NOW })
    for (const params of api.requests) {
      expect(params.get('limit')).toBe('50')
      expect(params.get('sort_by')).toBe('session_id')
      expect(params.get('sort_order')).toBe('asc')
    }
    expect(api.requests.map((params) => Number(params.get('page'))).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 11 }, (_, index) => index + 1),
    )
  })

  it('freezes created_to at the moment it starts when the filters have none', async () => {
    const api = fakeSessionsApi(items)
    const result = await walkAllPages({
      search: DEFAULT_SEARCH,
      fetchJson: api.fetchJson,
      now: () => NOW,
    })
    expect(result.asOf).toBe('2026-11-01T00:00:00.000Z')
    expect(result.createdTo).toBe(result.asOf)
    expect(new Set(api.requests.map((params) => params.get('created_to')))).toEqual(
      new Set(['2026-11-01T00:00:00.000Z']),
    )
  })

  it('keeps a created_to in the past, and brings one in the future back to now', async () => {
    const past = '2026-10-05T00:00:00.000Z'
    const api = fakeSessionsApi(items)
    const kept = await walkAllPages({
      search: { ...DEFAULT_SEARCH, created_to: past },
      fetchJson: api.fetchJson,
      now: () => NOW,
    })
    expect(kept).toMatchObject({ createdTo: past, asOf: null })
    expect(kept.sessions.every((session) => session.createdAt! <= past)).toBe(true)

    const future = await walkAllPages({
      search: { ...DEFAULT_SEARCH, created_to: '2027-01-01T00:00:00.000Z' },
      fetchJson: fakeSessionsApi(items).fetchJson,
      now: () => NOW,
    })
    expect(future).toMatchObject({
      createdTo: '2026-11-01T00:00:00.000Z',
      asOf: '2026-11-01T00:00:00.000Z',
    })
  })

  it('reports pages done of the total as it goes', async () => {
    const reports: WalkProgress[] = []
    await walkAllPages({
      search: DEFAULT_SEARCH,
      fetchJson: fakeSessionsApi(items).fetchJson,
      now: () => NOW,
      onProgress: (progress) => reports.push(progress),
    })
    expect(reports[0]).toMatchObject({ pagesDone: 0, totalPages: null })
    expect(reports.slice(1).map((report) => report.pagesDone)).toEqual(
      Array.from({ length: 11 }, (_, index) => index + 1),
    )
    expect(reports.slice(1).every((report) => report.totalPages === 11)).toBe(true)
    expect(reports.at(-1)!.sessionsDone).toBe(520)
  })

  it('stops when cancelled: in-flight requests are aborted and no new ones start', async () => {
    const api = fakeSessionsApi(items, { delayMs: 5 })
    const controller = new AbortController()
    const walk = walkAllPages({
      search: DEFAULT_SEARCH,
      fetchJson: api.fetchJson,
      signal: controller.signal,
      now: () => NOW,
      onProgress: (progress) => {
        if (progress.pagesDone === 3) controller.abort(new DOMException('Cancelled', 'AbortError'))
      },
    })
    await expect(walk).rejects.toThrow('Cancelled')
    const started = api.requests.length
    expect(started).toBeLessThan(11)
    expect(api.signals.every((signal) => signal.aborted)).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(api.requests.length).toBe(started)
  })

  it('hands over the whole pages read when cancelled part-way, and nothing when finished', async () => {
    const api = fakeSessionsApi(items, { delayMs: 5 })
    const controller = new AbortController()
    const partials: PartialWalk[] = []
    const walk = walkAllPages({
      search: DEFAULT_SEARCH,
      fetchJson: api.fetchJson,
      signal: controller.signal,
      concurrency: 1,
      now: () => NOW,
      onCancelled: (partial) => partials.push(partial),
      onProgress: (progress) => {
        if (progress.pagesDone === 3) controller.abort(new DOMException('Cancelled', 'AbortError'))
      },
    })
    await expect(walk).rejects.toThrow('Cancelled')
    expect(partials).toHaveLength(1)
    const [partial] = partials
    expect(partial).toMatchObject({ total: 520, pagesDone: 3, totalPages: 11 })
    const firstIds = items
      .map((item) => item.id)
      .sort()
      .slice(0, 150)
    expect(partial!.sessions.map((s) => s.id)).toEqual(firstIds)

    const finished: PartialWalk[] = []
    await walkAllPages({
      search: DEFAULT_SEARCH,
      fetchJson: fakeSessionsApi(items).fetchJson,
      signal: new AbortController().signal,
      now: () => NOW,
      onCancelled: (partial) => finished.push(partial),
    })
    expect(finished).toEqual([])
  })

  it('waits as long as Retry-After asks on a 429, pausing every request, then goes on', async () => {
    const api = fakeSessionsApi(items)
    const clock = fakeClock()
    let limited = 0
    api.intercept((params) => {
      if (params.get('page') === '4' && limited++ === 0) {
        throw new ApiError('rate-limited', 'Slow down', { status: 429, retryAfterSeconds: 2 })
      }
      return undefined
    })
    const result = await walkAllPages({
      search: DEFAULT_SEARCH,
      fetchJson: api.fetchJson,
      now: clock.now,
      sleep: clock.sleep,
    })
    expect(result.sessions).toHaveLength(520)
    expect(clock.sleeps[0]).toBe(2000)
    expect(api.requests.filter((params) => params.get('page') === '4')).toHaveLength(2)
  })

  it('backs off without Retry-After and gives up on errors that will not pass', async () => {
    const clock = fakeClock()
    const flaky = fakeSessionsApi(items)
    let failed = 0
    flaky.intercept((params) => {
      if (params.get('page') === '2' && failed++ === 0) {
        throw new ApiError('http', 'Boom', { status: 503 })
      }
      return undefined
    })
    await walkAllPages({
      search: DEFAULT_SEARCH,
      fetchJson: flaky.fetchJson,
      now: clock.now,
      sleep: clock.sleep,
    })
    expect(clock.sleeps[0]).toBe(400)

    const broken = fakeSessionsApi(items, { delayMs: 5 })
    broken.intercept((params) => {
      if (params.get('page') === '2') throw new ApiError('http', 'Bad filter', { status: 400 })
      return undefined
    })
    await expect(
      walkAllPages({ search: DEFAULT_SEARCH, fetchJson: broken.fetchJson, now: () => NOW }),
    ).rejects.toThrow('Bad filter')
    expect(broken.signals.every((signal) => signal.aborted)).toBe(true)
  })

  it('reports a total that changed under it and counts a shifted session once', async () => {
    const api = fakeSessionsApi(items)
    api.intercept((params) => {
      if (params.get('page') !== '5') return undefined
      // One session more sorts before page 5, so its first row repeats the last row of page 4.
      const shifted = page([...items, { ...items[0]!, id: 'sess_00000a' }], params)
      return shifted
    })
    const result = await walkAllPages({
      search: DEFAULT_SEARCH,
      fetchJson: api.fetchJson,
      now: () => NOW,
    })
    expect(result.drift).toEqual({ firstTotal: 520, changedTotal: 521 })
    expect(result.duplicates).toBe(1)
  })

  it('makes one request for an empty result', async () => {
    const api = fakeSessionsApi([])
    const result = await walkAllPages({
      search: DEFAULT_SEARCH,
      fetchJson: api.fetchJson,
      now: () => NOW,
    })
    expect(result).toMatchObject({ total: 0, sessions: [] })
    expect(api.requests).toHaveLength(1)
  })
})

describe('walk helpers', () => {
  it('caches by filters alone: page, page size and sort do not change the key', () => {
    const a = walkFiltersQuery({ ...DEFAULT_SEARCH, status: 'failed' })
    const b = walkFiltersQuery({
      ...DEFAULT_SEARCH,
      status: 'failed',
      page: 4,
      limit: 10,
      sort_order: 'asc',
    })
    expect(a).toBe(b)
    expect(a).not.toBe(walkFiltersQuery(DEFAULT_SEARCH))
  })

  it('counts the requests a walk takes', () => {
    expect(walkRequestCount(0)).toBe(1)
    expect(walkRequestCount(50)).toBe(1)
    expect(walkRequestCount(12_345)).toBe(247)
  })
})
