import { describe, expect, it } from 'vitest'
import { SORT_FIELDS, type SessionHistoryItem, type SortField } from '../../contract/anchor-api.ts'
import { creditsValue, get, sessions, walk } from './testing.ts'

const collator = new Intl.Collator('en')
const position = new Map(sessions.map((s, i) => [s.id, i]))

/** The documented order: by the field, ties by creation order; desc is the exact reverse. */
const COMPARE: Record<SortField, (a: SessionHistoryItem, b: SessionHistoryItem) => number> = {
  created_at: (a, b) => Date.parse(a.created_at) - Date.parse(b.created_at),
  session_id: (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  used_credits: (a, b) => {
    const [x, y] = [creditsValue(a), creditsValue(b)]
    return x === y ? 0 : x < y ? -1 : 1
  },
  api_key_name: (a, b) => collator.compare(a.api_key_name, b.api_key_name),
}

function expected(items: SessionHistoryItem[], field: SortField, order: 'asc' | 'desc') {
  const asc = [...items].sort(
    (a, b) => COMPARE[field](a, b) || position.get(a.id)! - position.get(b.id)!,
  )
  return (order === 'asc' ? asc : asc.reverse()).map((s) => s.id)
}

describe('GET /v1/sessions sorting', () => {
  it('defaults to created_at ascending', async () => {
    const { body } = await get('/v1/sessions?limit=50')
    expect(body.data.sessions.map((s: SessionHistoryItem) => s.id)).toEqual(
      expected(sessions, 'created_at', 'asc').slice(0, 50),
    )
  })

  for (const field of SORT_FIELDS) {
    for (const order of ['asc', 'desc'] as const) {
      it(`${field} ${order}: every page walked gives each session once, in order`, async () => {
        const walked = await walk(`sort_by=${field}&sort_order=${order}`)
        expect(walked.map((s) => s.id)).toEqual(expected(sessions, field, order))
      })

      it(`${field} ${order} with a filter keeps the same order`, async () => {
        const walked = await walk(`status=failed&sort_by=${field}&sort_order=${order}`)
        const failed = sessions.filter((s) => s.status === 'failed')
        expect(walked.map((s) => s.id)).toEqual(expected(failed, field, order))
      })
    }
  }

  it('running sessions ("N/A") sort below every number: first asc, last desc', async () => {
    const running = sessions.filter((s) => s.used_credits === 'N/A').length
    expect(running).toBeGreaterThan(0)
    const asc = await get(`/v1/sessions?sort_by=used_credits&limit=50`)
    expect(
      asc.body.data.sessions
        .slice(0, running)
        .every((s: SessionHistoryItem) => s.used_credits === 'N/A'),
    ).toBe(true)
    const lastPage = Math.ceil(sessions.length / 10)
    const desc = await get(`/v1/sessions?sort_by=used_credits&sort_order=desc&page=${lastPage}`)
    const tail = desc.body.data.sessions as SessionHistoryItem[]
    expect(tail.at(-1)?.used_credits).toBe('N/A')
  })

  it('string and number credits sort by value', async () => {
    const walked = await walk('sort_by=used_credits&status=completed')
    const values = walked.map(creditsValue)
    expect(values).toEqual([...values].sort((a, b) => a - b))
    expect(walked.some((s) => typeof s.used_credits === 'string')).toBe(true)
  })
})
