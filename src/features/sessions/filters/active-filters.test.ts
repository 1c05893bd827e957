import { describe, expect, it } from 'vitest'
import {
  activeFilterCount,
  applySearchChange,
  CLEARED_FILTERS,
  DEFAULT_SEARCH,
  searchToUrl,
} from '../search-params.ts'
import { activeFilters } from './active-filters.ts'
import { collectSeenValues } from './use-seen-values.ts'
import type { Session } from '../api/session-model.ts'

const search = {
  ...DEFAULT_SEARCH,
  page: 4,
  limit: 50 as const,
  sort_order: 'asc' as const,
  status: 'failed',
  tags: ['production', 'eu'],
  proxy: false,
}

describe('active filters', () => {
  it('lists one chip per list item and per value, in the panel order', () => {
    expect(activeFilters(search, 'UTC').map(({ label, value }) => `${label}: ${value}`)).toEqual([
      'Status: failed',
      'Tag: production',
      'Tag: eu',
      'Proxy: no',
    ])
    expect(activeFilterCount(search)).toBe(3)
  })

  it('shows the created range in the given zone', () => {
    const range = { ...DEFAULT_SEARCH, created_from: '2026-07-01T10:00:00Z' }
    expect(activeFilters(range, 'Europe/Berlin')[0]!.value).toBe('Since Jul 1, 2026, 12:00')
    expect(activeFilters(range, 'UTC')[0]!.value).toBe('Since Jul 1, 2026, 10:00')
  })

  it('shows a range as one chip, relative ones in words, and removes both ends', () => {
    const range = { ...DEFAULT_SEARCH, created_from: 'now-1d/d', created_to: 'now-1d/d' }
    const chips = activeFilters(range, 'UTC')
    expect(chips.map(({ label, value }) => `${label}: ${value}`)).toEqual(['Created: Yesterday'])
    expect(chips[0]!.removal(range)).toEqual({ created_from: null, created_to: null })
  })

  it('removes one item of a list, and goes back to page 1', () => {
    const tagChip = activeFilters(search, 'UTC').find((chip) => chip.key === 'tags:production')!
    const next = applySearchChange(search, tagChip.removal(search))
    expect(next.tags).toEqual(['eu'])
    expect(next.page).toBe(1)
  })

  it('clears every filter but keeps sort and page size', () => {
    expect(searchToUrl(applySearchChange(search, CLEARED_FILTERS))).toBe('?limit=50&sort_order=asc')
  })
})

describe('values seen', () => {
  const session = (fields: Partial<Session>) => ({ id: 'x', ...fields }) as Session
  it('gathers statuses (with the known ones), tags, domains, batches and profiles', () => {
    const page = {
      sessions: [
        session({ status: 'paused', tags: ['b', 'a'], domains: ['x.com'], batchId: 'b1' }),
        session({ status: 'failed', tags: null, domains: null, profileName: 'Acme' }),
      ],
      total: 2,
      page: 1,
      totalPages: 1,
      skipped: 0,
    }
    expect(collectSeenValues([page, undefined])).toEqual({
      statuses: ['completed', 'failed', 'paused', 'running', 'terminated'],
      tags: ['a', 'b'],
      domains: ['x.com'],
      batchIds: ['b1'],
      profileNames: ['Acme'],
    })
  })
})
