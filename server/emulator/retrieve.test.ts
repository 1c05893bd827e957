import { describe, expect, it } from 'vitest'
import { get, sessions, traits } from './testing.ts'

describe('GET /v1/sessions/{id}', () => {
  it('matches the list item under its own field names', async () => {
    for (const item of sessions.filter((_, i) => i % 250 === 0)) {
      const { status, body } = await get(`/v1/sessions/${item.id}`)
      expect(status).toBe(200)
      const data = body.data
      expect(data.session_id).toBe(item.id)
      expect(data.team_id).toMatch(/^team_[0-9a-f]{16}$/)
      expect(data.status).toBe(item.status)
      expect(data.created_at).toBe(item.created_at)
      // By the spec: integers, never null, whatever the list item lacks.
      if (item.duration != null) expect(data.duration).toBe(item.duration)
      expect(Number.isInteger(data.duration)).toBe(true)
      expect(data.proxy_bytes).toBe(item.proxy_bytes ?? 0)
      expect(data.steps).toBe(item.steps ?? 0)
      expect(typeof data.credits_used).toBe('number')
      expect(data.credits_used).toBe(item.used_credits === 'N/A' ? 0 : Number(item.used_credits))
      expect(data.configuration).toEqual(item.user_configuration)
      expect(data.playground).toBe(traits(item).playground)
      expect(Object.keys(data.tags)).toEqual(item.tags ?? [])
      expect(typeof data.tokens).toBe('object')
    }
  })

  it('variants send steps as records, or null or no field where the list item has none', async () => {
    const withSteps = sessions.filter((s) => s.task_initiated && (s.steps ?? 0) > 0).slice(0, 60)
    let lists = 0
    for (const item of withSteps) {
      const steps = (await get(`/v1/sessions/${item.id}`, { 'x-emulator-fault': 'steps-list' }))
        .body.data.steps
      if (!Array.isArray(steps)) expect(steps).toBe(item.steps)
      else {
        lists++
        expect(steps).toHaveLength(item.steps!)
        expect(steps[0]).toEqual({
          index: 0,
          action: expect.any(String),
          created_at: item.created_at,
        })
      }
    }
    expect(lists).toBeGreaterThan(0)
    expect(lists).toBeLessThan(withSteps.length)

    const lacking = sessions.find((s) => s.steps === null && s.duration === undefined)!
    const nulls = (await get(`/v1/sessions/${lacking.id}`, { 'x-emulator-fault': 'null-fields' }))
      .body.data
    expect(nulls.steps).toBeNull()
    expect('duration' in nulls && nulls.duration).toBeNull()
    const absent = (
      await get(`/v1/sessions/${lacking.id}`, { 'x-emulator-fault': 'absent-fields' })
    ).body.data
    expect('steps' in absent || 'duration' in absent).toBe(false)
  })

  it('404 for an unknown or malformed id', async () => {
    const known = sessions[0]!.id
    const unknown = `${known.slice(0, -1)}${known.endsWith('0') ? '1' : '0'}`
    for (const id of [unknown, 'sess_123', 'nope', 'sess_ffffffffffffffffffffffff']) {
      const answer = await get(`/v1/sessions/${id}`)
      expect(answer.status).toBe(404)
      expect(answer.body).toEqual({ error: { code: 404, message: 'Session not found' } })
    }
  })
})
