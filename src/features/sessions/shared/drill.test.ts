import { describe, expect, it } from 'vitest'
import { DEFAULT_SEARCH } from '../search-params.ts'
import { addToListHref, batchHref, onlyInListHref, sessionHref } from './drill.ts'

const search = { ...DEFAULT_SEARCH, page: 4, tags: ['production'], status: 'failed' }

describe('drill links', () => {
  it('adds a tag to the ones already filtered, keeping other filters, on page 1', () => {
    expect(addToListHref(search, 'tags', 'checkout')).toBe(
      '/?status=failed&tags=production,checkout',
    )
  })
  it('leaves the list as it is for a tag already in the filter', () => {
    expect(addToListHref(search, 'tags', 'production')).toBe(
      '/?page=4&status=failed&tags=production',
    )
  })
  it('shows only one value of a list filter', () => {
    expect(onlyInListHref(search, 'tags', 'checkout')).toBe('/?status=failed&tags=checkout')
    expect(onlyInListHref(search, 'domains', 'a.example.com')).toContain('domains=a.example.com')
  })
  it('filters by batch', () => {
    expect(batchHref(DEFAULT_SEARCH, 'batch 1')).toBe('/?batch_id=batch%201')
  })
  it('encodes the session id into its route', () => {
    expect(sessionHref('sess_a/b?c')).toBe('/sessions/sess_a%2Fb%3Fc')
  })
})
