import { describe, expect, it } from 'vitest'
import { get } from './testing.ts'

const INVALID: Array<[string, string]> = [
  ['page=0', 'Invalid page "0": must be an integer >= 1'],
  ['page=-1', 'Invalid page "-1": must be an integer >= 1'],
  ['page=1.5', 'Invalid page "1.5": must be an integer >= 1'],
  ['page=two', 'Invalid page "two": must be an integer >= 1'],
  ['limit=37', 'Invalid limit "37": must be one of 10, 20, 50'],
  ['limit=100', 'Invalid limit "100": must be one of 10, 20, 50'],
  [
    'sort_by=status',
    'Invalid sort_by "status": must be one of created_at, session_id, used_credits, api_key_name',
  ],
  ['sort_order=DESC', 'Invalid sort_order "DESC": must be one of asc, desc'],
  ['task_initiated=yes', 'Invalid task_initiated "yes": must be one of true, false'],
  ['playground=1', 'Invalid playground "1": must be one of true, false'],
  ['proxy=TRUE', 'Invalid proxy "TRUE": must be one of true, false'],
  ['extra_stealth=on', 'Invalid extra_stealth "on": must be one of true, false'],
  [
    'created_from=yesterday',
    'Invalid created_from "yesterday": must be an ISO 8601 date-time such as 2026-03-09T12:34:56Z',
  ],
  [
    'created_to=2026-02-30T00:00:00Z',
    'Invalid created_to "2026-02-30T00:00:00Z": must be an ISO 8601 date-time such as 2026-03-09T12:34:56Z',
  ],
  [
    'created_to=2026-10-01T25:00:00Z',
    'Invalid created_to "2026-10-01T25:00:00Z": must be an ISO 8601 date-time such as 2026-03-09T12:34:56Z',
  ],
]

describe('GET /v1/sessions errors', () => {
  for (const [query, message] of INVALID) {
    it(`400 for ${query}`, async () => {
      const answer = await get(`/v1/sessions?${query}`)
      expect(answer.status).toBe(400)
      expect(answer.body).toEqual({ error: { code: 400, message } })
    })
  }

  it('accepts the date-time forms it documents', async () => {
    for (const value of [
      '2026-10-01',
      '2026-10-01T10:00Z',
      '2026-10-01T10:00:00',
      '2026-10-01T10:00:00.123456Z',
      '2026-10-01T12:00:00+02:00',
    ]) {
      expect((await get(`/v1/sessions?created_from=${encodeURIComponent(value)}`)).status).toBe(200)
    }
  })

  it('401 without a key or with a wrong one, on every route', async () => {
    const expected = { error: { code: 401, message: 'Invalid API Key' } }
    for (const path of ['/v1/sessions', '/v1/billing', '/v1/sessions/history', '/v1/nothing']) {
      const missing = await get(path, { 'anchor-api-key': '' })
      expect(missing.status).toBe(401)
      expect(missing.body).toEqual(expected)
      const wrong = await get(path, { 'anchor-api-key': 'not-the-key' })
      expect(wrong.status).toBe(401)
    }
  })

  it('404 JSON for unknown routes', async () => {
    for (const path of ['/v1/nothing', '/sessions', '/v1/sessions/history/extra', '/']) {
      const answer = await get(path)
      expect(answer.status).toBe(404)
      expect(answer.body).toEqual({ error: { code: 404, message: 'Not Found' } })
    }
  })

  it('only GET is served', async () => {
    const { app } = await import('./testing.ts')
    const response = await app.fetch(
      new Request('http://emulator.test/v1/sessions', {
        method: 'POST',
        headers: { 'anchor-api-key': 'test-key' },
      }),
    )
    expect(response.status).toBe(404)
  })
})
