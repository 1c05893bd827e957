import { describe, expect, it } from 'vitest'
import type { SessionHistoryItem } from '../../contract/anchor-api.ts'
import { get, sessions, traits, walk } from './testing.ts'

type Predicate = (item: SessionHistoryItem) => boolean

/** The ids the emulator returns for `query`, against an independent filter of the raw data. */
async function expectFilter(query: string, predicate: Predicate, atLeast = 1) {
  const expected = sessions.filter(predicate).map((s) => s.id)
  expect(expected.length).toBeGreaterThanOrEqual(atLeast)
  const { body } = await get(`/v1/sessions?${query}&limit=50`)
  expect(body.data.total).toBe(expected.length)
  expect(body.data.total_pages).toBe(Math.ceil(expected.length / 50))
  expect(body.data.sessions.map((s: SessionHistoryItem) => s.id)).toEqual(expected.slice(0, 50))
}

const lower = (text: string) => text.toLowerCase()
const hasTag = (item: SessionHistoryItem, tag: string) => (item.tags ?? []).includes(tag)
const hasDomain = (item: SessionHistoryItem, d: string) => (item.domains ?? []).includes(d)
const createdMs = (item: SessionHistoryItem) => Date.parse(item.created_at)

describe('GET /v1/sessions filters, one at a time', () => {
  it('no parameters: the oldest ten, with the real totals', async () => {
    const { body } = await get('/v1/sessions')
    expect(body.data.total).toBe(sessions.length)
    expect(body.data.page).toBe(1)
    expect(body.data.total_pages).toBe(Math.ceil(sessions.length / 10))
    expect(body.data.sessions).toEqual(sessions.slice(0, 10))
  })

  it('status is exact and unknown statuses give an empty page', async () => {
    for (const status of ['completed', 'failed', 'running', 'terminated', 'timed_out']) {
      await expectFilter(`status=${status}`, (s) => s.status === status)
    }
    await expectFilter('status=Completed', () => false, 0)
    await expectFilter('status=complete', () => false, 0)
  })

  it('tags must all be present, exactly', async () => {
    await expectFilter('tags=production', (s) => hasTag(s, 'production'))
    await expectFilter(
      'tags=production,scraping',
      (s) => hasTag(s, 'production') && hasTag(s, 'scraping'),
    )
    await expectFilter('tags=prod', () => false, 0)
    await expectFilter('tags=qa-team', () => false, 0)
    await expectFilter(`tags=${encodeURIComponent('café-scraper')}`, (s) =>
      hasTag(s, 'café-scraper'),
    )
  })

  it('domains must all be present, exactly', async () => {
    await expectFilter('domains=github.com', (s) => hasDomain(s, 'github.com'))
    await expectFilter(
      'domains=www.amazon.com,www.ebay.com',
      (s) => hasDomain(s, 'www.amazon.com') && hasDomain(s, 'www.ebay.com'),
    )
    await expectFilter('domains=amazon.com', () => false, 0)
  })

  it('search: every term is a case-insensitive substring of some tag', async () => {
    const matches =
      (terms: string[]): Predicate =>
      (s) =>
        terms.every((t) => (s.tags ?? []).some((tag) => lower(tag).includes(lower(t))))
    await expectFilter('search=prod', matches(['prod']))
    await expectFilter('search=PROD,Watch', matches(['prod', 'watch']))
    await expectFilter('search=qa', matches(['qa']))
    await expectFilter(`search=${encodeURIComponent('ÜBER')}`, matches(['über']))
    await expectFilter(`search=${encodeURIComponent('CAFÉ')}`, matches(['café']))
    await expectFilter(`search=${encodeURIComponent('MÜLLER-GmbH')}`, matches(['müller-gmbh']))
    await expectFilter('search=no-such-tag', () => false, 0)
  })

  it('search treats a decomposed "ü" like the composed one', async () => {
    const decomposed = encodeURIComponent('u\u0308ber')
    await expectFilter(`search=${decomposed}`, (s) => hasTag(s, 'über-watch'))
  })

  it('profile_name is a case-insensitive partial match, non-ASCII included', async () => {
    const matches =
      (term: string): Predicate =>
      (s) =>
        lower(traits(s).profileName ?? '\u0000').includes(lower(term))
    await expectFilter('profile_name=amazon', matches('amazon'))
    await expectFilter(`profile_name=${encodeURIComponent('MÜLLER')}`, matches('müller'))
    await expectFilter(`profile_name=${encodeURIComponent('über ops')}`, matches('über ops'))
    await expectFilter(`profile_name=${encodeURIComponent('café')}`, matches('café'))
    await expectFilter('profile_name=nobody', () => false, 0)
  })

  it('batch_id is exact', async () => {
    const batchId = sessions.map((s) => traits(s).batchId).find(Boolean) ?? ''
    await expectFilter(`batch_id=${batchId}`, (s) => traits(s).batchId === batchId, 5)
    await expectFilter(`batch_id=${batchId.slice(0, -1)}`, () => false, 0)
    await expectFilter('batch_id=batch_unknown', () => false, 0)
  })

  it('each boolean filter, true and false', async () => {
    const cases: Array<[string, (s: SessionHistoryItem) => boolean]> = [
      ['task_initiated', (s) => s.task_initiated],
      ['playground', (s) => traits(s).playground],
      ['proxy', (s) => traits(s).proxy],
      ['extra_stealth', (s) => traits(s).extraStealth],
    ]
    for (const [name, read] of cases) {
      await expectFilter(`${name}=true`, (s) => read(s))
      await expectFilter(`${name}=false`, (s) => !read(s))
    }
  })

  it('created_from and created_to are inclusive', async () => {
    const from = sessions[1200]!.created_at
    const to = sessions[1400]!.created_at
    await expectFilter(`created_from=${from}`, (s) => createdMs(s) >= Date.parse(from))
    await expectFilter(`created_to=${to}`, (s) => createdMs(s) <= Date.parse(to))
    await expectFilter(
      `created_from=${from}&created_to=${to}`,
      (s) => createdMs(s) >= Date.parse(from) && createdMs(s) <= Date.parse(to),
      201,
    )
  })

  it('created_from with an offset is the same instant as in UTC', async () => {
    const at = Date.parse(sessions[2000]!.created_at)
    const shifted = new Date(at + 2 * 3_600_000).toISOString().replace('Z', '+02:00')
    await expectFilter(`created_from=${encodeURIComponent(shifted)}`, (s) => createdMs(s) >= at)
  })
})

describe('GET /v1/sessions parameter handling', () => {
  it('empty parameters are the same as absent ones', async () => {
    const empty = [
      'page=',
      'limit=',
      'sort_by=',
      'sort_order=',
      'search=',
      'status=',
      'tags=',
      'domains=',
      'created_from=',
      'created_to=',
      'batch_id=',
      'task_initiated=',
      'playground=',
      'proxy=',
      'extra_stealth=',
      'profile_name=',
    ].join('&')
    expect((await get(`/v1/sessions?${empty}`)).body).toEqual((await get('/v1/sessions')).body)
    expect((await get('/v1/sessions?tags=,&search=%20')).body.data.total).toBe(sessions.length)
  })

  it('spaces around commas are trimmed', async () => {
    const spaced = await get(
      '/v1/sessions?tags=production%20,%20scraping&search=%20prod%20,%20scrap',
    )
    const tight = await get('/v1/sessions?tags=production,scraping&search=prod,scrap')
    expect(spaced.body).toEqual(tight.body)
    expect(spaced.body.data.total).toBeGreaterThan(0)
  })

  it('combines filters with AND', async () => {
    await expectFilter(
      'status=completed&tags=production&proxy=true&search=scrap&domains=www.google.com',
      (s) =>
        s.status === 'completed' &&
        hasTag(s, 'production') &&
        traits(s).proxy &&
        (s.tags ?? []).some((t) => t.includes('scrap')) &&
        hasDomain(s, 'www.google.com'),
    )
    const from = sessions[3000]!.created_at
    await expectFilter(
      `created_from=${from}&extra_stealth=true&profile_name=a&task_initiated=false`,
      (s) =>
        createdMs(s) >= Date.parse(from) &&
        traits(s).extraStealth &&
        (traits(s).profileName ?? '').toLowerCase().includes('a') &&
        !s.task_initiated,
    )
  })

  it('created_from after created_to is an empty page, not an error', async () => {
    const answer = await get(
      '/v1/sessions?created_from=2026-11-01T00:00:00Z&created_to=2026-10-01T00:00:00Z',
    )
    expect(answer.status).toBe(200)
    expect(answer.body.data).toEqual({ sessions: [], total: 0, page: 1, total_pages: 0 })
  })

  it('a page past the end is empty with the real totals', async () => {
    const { body } = await get('/v1/sessions?status=failed&limit=20&page=999')
    const failed = sessions.filter((s) => s.status === 'failed').length
    expect(body.data).toEqual({
      sessions: [],
      total: failed,
      page: 999,
      total_pages: Math.ceil(failed / 20),
    })
  })

  it('pages partition the result', async () => {
    const all = await walk('tags=staging&sort_by=used_credits&sort_order=desc')
    expect(all.length).toBe(sessions.filter((s) => hasTag(s, 'staging')).length)
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length)
  })
})
