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
  search: ['prod', 'flow'],
  status: 'failed',
  tags: ['production', 'customer-acme'],
  domains: ['example.com', 'shop.example.com'],
  created_from: '2026-10-01T00:00:00.000Z',
  created_to: '2026-10-08T12:30:00.000Z',
  batch_id: 'batch_42',
  task_initiated: true,
  playground: false,
  proxy: true,
  extra_stealth: false,
  profile_name: 'Müller GmbH',
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
    ['proxy=maybe', 'proxy', /not true or false/],
    ['status=a&status=b', 'status', /more than once/],
    ['color=red', 'color', /not a filter/],
    ['status=%E0%A4%A', 'status', /percent-encoding/],
    [`search=${'x'.repeat(5000)}`, 'search', /longer than/],
    [
      'created_from=2026-10-10T00:00:00Z&created_to=2026-10-01T00:00:00Z',
      'created_to',
      /before created_from/,
    ],
  ]

  it.each(cases)('%s is dropped with a reason', (query, param, message) => {
    const { search, problems } = parseSearch(`?${query}`)
    expect(problems).toContainEqual({ param, message: expect.stringMatching(message) })
    expect(encodeSearch(search, 'api').toString()).not.toContain(query)
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
