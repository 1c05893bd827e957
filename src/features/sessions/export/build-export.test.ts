import { describe, expect, it } from 'vitest'
import { readSession } from '../api/session-model.ts'
import { DEFAULT_SEARCH } from '../search-params.ts'
import { rawSession } from '../api/test-support/raw-sessions.ts'
import type { WalkResult } from '../api/walk-pages.ts'
import { buildExport, viewName } from './build-export.ts'

const walk: WalkResult = {
  sessions: [
    readSession(rawSession(1, { tags: ['=cmd', 'a,b'], used_credits: '1.50' }))!,
    readSession(rawSession(4, { used_credits: 'N/A' }))!,
  ],
  total: 2,
  createdFrom: null,
  createdTo: '2026-11-01T00:00:00.000Z',
  asOf: '2026-11-01T00:00:00.000Z',
  drift: null,
  skipped: 0,
  duplicates: 0,
}

describe('buildExport', () => {
  it('writes a CSV row per session, named after the day it is as of', () => {
    const file = buildExport('csv', walk, DEFAULT_SEARCH)
    expect(file.filename).toBe('anchor-sessions_2026-11-01.csv')
    const lines = file.content
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
    expect(lines).toHaveLength(3)
    expect(lines[0]!.startsWith('id,created_at,status,used_credits')).toBe(true)
    // Newest first, as the table shows them.
    expect(lines[2]).toContain(`,1.5,`)
    expect(lines[2]).toContain(`"'=cmd; a,b"`)
    expect(lines[1]).toContain(',N/A,')
  })

  it('writes JSON with the filters and lists kept as lists', () => {
    const file = buildExport('json', walk, { ...DEFAULT_SEARCH, status: 'failed' })
    const document = JSON.parse(file.content)
    expect(file.filename).toBe('anchor-sessions_status-failed_2026-11-01.json')
    expect(document.filters).toEqual({ status: 'failed' })
    expect(document.sessions).toHaveLength(2)
    expect(document.sessions[1].tags).toEqual(['=cmd', 'a,b'])
    expect(document.sessions[0].used_credits).toBe('N/A')
  })

  it('keeps the table’s order: by credits, a running session below every number', () => {
    const byCredits = { ...DEFAULT_SEARCH, sort_by: 'used_credits', sort_order: 'asc' } as const
    const document = JSON.parse(buildExport('json', walk, byCredits).content)
    expect(document.sessions.map((s: { used_credits: unknown }) => s.used_credits)).toEqual([
      'N/A',
      1.5,
    ])
    expect([document.sort_by, document.sort_order]).toEqual(['used_credits', 'asc'])
  })

  it('names the view: filters as in the link, then a sort that is not the default', () => {
    expect(viewName(DEFAULT_SEARCH)).toBe('')
    expect(
      viewName({
        ...DEFAULT_SEARCH,
        status: 'failed',
        tags: ['production', 'eu'],
        created_from: 'now-7d',
        sort_by: 'used_credits',
      }),
    ).toBe('status-failed_tags-production-eu_created_from-now-7d_by-used_credits-desc')
  })
})
