import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SEARCH,
  applySearchChange,
  encodeSearch,
  parseSearch,
  searchToUrl,
  type SessionsSearch,
} from './search-params.ts'

const everythingSet: SessionsSearch = {
  page: 3,
  limit: 50,
  sort_by: 'used_credits',
  sort_order: 'asc',
  status: 'failed',
  tag_search: ['prod', 'flow'],
  tags: ['production', 'customer-acme'],
  domains: ['example.com', 'shop.example.com'],
  created_from: '2026-10-01T00:00:00Z',
  created_to: '2026-10-08T12:30:00.500Z',
  batch_id: 'batch_42',
  task_initiated: true,
  playground: false,
  proxy: true,
  extra_stealth: false,
  profile_name: 'Müller GmbH',
  tz: 'Asia/Tokyo',
}

describe('parseSearch and searchToUrl', () => {
  it('round-trips every parameter', () => {
    const url = searchToUrl(everythingSet)
    expect(parseSearch(url)).toEqual({ search: everythingSet, problems: [] })
  })

  it('round-trips each parameter alone', () => {
    for (const [name, value] of Object.entries(everythingSet)) {
      const search = { ...DEFAULT_SEARCH, [name]: value }
      expect(parseSearch(searchToUrl(search)).search).toEqual(search)
    }
  })

  it('writes a link that reads like the API call', () => {
    expect(searchToUrl(everythingSet)).toBe(
      '?page=3&limit=50&sort_by=used_credits&sort_order=asc&status=failed&search=prod,flow' +
        '&tags=production,customer-acme&domains=example.com,shop.example.com' +
        '&created_from=2026-10-01T00:00:00Z&created_to=2026-10-08T12:30:00.500Z' +
        '&batch_id=batch_42&profile_name=M%C3%BCller%20GmbH' +
        '&task_initiated=true&playground=false&proxy=true&extra_stealth=false&tz=Asia/Tokyo',
    )
  })

  it('builds the request and the URL with the same encoder; the zone is not the API’s', () => {
    const api = encodeSearch(everythingSet, 'api').toString()
    expect(api).toBe(searchToUrl({ ...everythingSet, tz: null }).slice(1))
  })

  it('escapes what would break the query, keeping the value intact', () => {
    const search = { ...DEFAULT_SEARCH, batch_id: 'a&b=c#d e+f%', profile_name: 'x,y:z' }
    expect(parseSearch(searchToUrl(search))).toEqual({ search, problems: [] })
  })

  it('normalizes equal instants and lists to one URL', () => {
    const a = parseSearch('?created_from=2026-10-01T02:00:00%2B02:00&tags=b,%20a,b')
    expect(searchToUrl(a.search)).toBe('?tags=b,a&created_from=2026-10-01T00:00:00Z')
    expect(a.problems).toEqual([])
  })

  it('leaves defaults out of the URL but states paging and sorting to the API', () => {
    expect(searchToUrl(DEFAULT_SEARCH)).toBe('')
    expect(encodeSearch(DEFAULT_SEARCH, 'api').toString()).toBe(
      'page=1&limit=20&sort_by=created_at&sort_order=desc',
    )
  })
})

describe('bad values in the URL', () => {
  const cases: Array<[query: string, param: string, message: RegExp]> = [
    ['limit=37', 'limit', /not one of 10, 20, 50/],
    ['page=-2', 'page', /whole number/],
    ['page=abc', 'page', /whole number/],
    ['page=1e9', 'page', /whole number/],
    ['page=0', 'page', /1 or more/],
    ['page=99999999999', 'page', /at most/],
    ['sort_order=sideways', 'sort_order', /not one of asc, desc/],
    ['sort_by=color', 'sort_by', /not one of created_at/],
    ['created_from=yesterday', 'created_from', /ISO 8601/],
    ['created_to=2026-13-45T00:00:00Z', 'created_to', /ISO 8601/],
    ['created_from=2026-02-30T00:00:00Z', 'created_from', /ISO 8601/],
    ['created_from=2026-10-01T25:00:00Z', 'created_from', /ISO 8601/],
    ['created_from=2026-10-01T00:00:00', 'created_from', /ISO 8601/],
    ['created_from=1727740800', 'created_from', /ISO 8601/],
    ['proxy=maybe', 'proxy', /not true or false/],
    ['playground=1', 'playground', /not true or false/],
    ['extra_stealth=TRUE', 'extra_stealth', /not true or false/],
    ['task_initiated=yes', 'task_initiated', /not true or false/],
    ['limit=20.0', 'limit', /not one of/],
    ['status=a&status=b', 'status', /more than once/],
    ['color=red', 'color', /not a filter/],
    ['status=%E0%A4%A', 'status', /percent-encoding/],
    ['%E0%A4%A=1', '%E0%A4%A', /percent-encoding/],
    [`search=${'x'.repeat(5000)}`, 'search', /longer than/],
    [`batch_id=${'y'.repeat(201)}`, 'batch_id', /longer than 200/],
    [`tags=${Array.from({ length: 21 }, (_, i) => `t${i}`).join(',')}`, 'tags', /more than 20/],
    [
      'created_from=2026-10-10T00:00:00Z&created_to=2026-10-01T00:00:00Z',
      'created_to',
      /before created_from/,
    ],
  ]

  const titled = cases.map(([query, ...rest]) => [query.slice(0, 60), query, ...rest] as const)
  it.each(titled)('%s is dropped with a reason', (_title, query, param, message) => {
    const { search, problems } = parseSearch(`?${query}`)
    expect(problems).toContainEqual({ param, message: expect.stringMatching(message) })
    expect(encodeSearch(search, 'api').toString()).not.toContain(query)
  })

  it('reads the first of a repeated parameter', () => {
    const { search } = parseSearch('?status=failed&status=completed')
    expect(search.status).toBe('failed')
  })

  it('survives 5 KB of junk, quoting it only briefly', () => {
    const junk = Array.from({ length: 5000 }, (_, i) => '%&=?#x,;'[i % 8]).join('')
    const { search, problems } = parseSearch(`?${junk}`)
    expect(search).toEqual(DEFAULT_SEARCH)
    expect(problems.length).toBeGreaterThan(0)
    for (const problem of problems) expect(problem.param.length).toBeLessThanOrEqual(41)
    const longName = parseSearch(`?${'z'.repeat(5000)}=1`).problems
    expect(longName).toEqual([
      { param: `${'z'.repeat(40)}…`, message: 'is not a filter of this page' },
    ])
  })

  it('reports each kind of problem once', () => {
    const { problems } = parseSearch('?x=1&x=2&x=3')
    expect(problems).toEqual([{ param: 'x', message: 'is not a filter of this page' }])
  })

  it('drops empty values silently, as the API treats them as absent', () => {
    expect(parseSearch('?status=&tags=&proxy=')).toEqual({ search: DEFAULT_SEARCH, problems: [] })
  })

  it('keeps the good values beside the bad ones', () => {
    const { search } = parseSearch('?limit=37&status=failed&proxy=maybe&tags=a,%20b')
    expect(search).toEqual({ ...DEFAULT_SEARCH, status: 'failed', tags: ['a', 'b'] })
  })
})

describe('applySearchChange', () => {
  it('goes back to page 1 on any change but the page', () => {
    const onPage5 = { ...DEFAULT_SEARCH, page: 5 }
    expect(applySearchChange(onPage5, { status: 'failed' }).page).toBe(1)
    expect(applySearchChange(onPage5, { sort_order: 'asc' }).page).toBe(1)
    expect(applySearchChange(onPage5, { limit: 50 }).page).toBe(1)
    expect(applySearchChange(onPage5, { page: 6 }).page).toBe(6)
  })

  it('stays on the page when nothing really changes', () => {
    const onPage5 = { ...DEFAULT_SEARCH, page: 5, status: 'failed' }
    expect(applySearchChange(onPage5, { status: 'failed' }).page).toBe(5)
  })
})
