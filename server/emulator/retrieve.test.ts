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
      expect(data.duration).toBe(item.duration ?? null)
      expect(data.proxy_bytes).toBe(item.proxy_bytes ?? null)
      expect(typeof data.credits_used).toBe('number')
      expect(data.credits_used).toBe(item.used_credits === 'N/A' ? 0 : Number(item.used_credits))
      expect(data.configuration).toEqual(item.user_configuration)
      expect(data.playground).toBe(traits(item).playground)
      expect(Object.keys(data.tags)).toEqual(item.tags ?? [])
      expect(typeof data.tokens).toBe('object')
    }
  })

  it('sends steps as a number, null, or an array of step records', async () => {
    const kinds = new Set<string>()
    for (const item of sessions.filter((s) => s.task_initiated).slice(0, 60)) {
      const { body } = await get(`/v1/sessions/${item.id}`)
      const steps = body.data.steps
      if (Array.isArray(steps)) {
        kinds.add('array')
        expect(steps).toHaveLength(item.steps ?? 0)
      } else kinds.add(typeof steps)
    }
    const plain = sessions.find((s) => s.steps === null)!
    kinds.add(String((await get(`/v1/sessions/${plain.id}`)).body.data.steps))
    expect([...kinds].sort()).toEqual(['array', 'null', 'number'])
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

describe('GET /v1/sessions/{id}/recordings', () => {
  it('has 1-2 recordings when recording, none otherwise', async () => {
    const counts = new Set<number>()
    for (const item of sessions.slice(0, 120)) {
      const { status, body } = await get(`/v1/sessions/${item.id}/recordings`)
      expect(status).toBe(200)
      expect(body.data.count).toBe(body.data.items.length)
      if (!item.recording) expect(body.data.count).toBe(0)
      else {
        expect([1, 2]).toContain(body.data.count)
        counts.add(body.data.count)
        const [first, ...rest] = body.data.items
        expect(first.is_primary).toBe(true)
        expect(rest.every((r: { is_primary: boolean }) => !r.is_primary)).toBe(true)
        expect(first.duration).toMatch(/^\d{2}:\d{2}:\d{2}$/)
        expect(first.suggested_file_name).toBe(`${item.id}-1.mp4`)
        expect(first.file_link).toMatch(/^https:\/\//)
        expect(Number.isInteger(first.size)).toBe(true)
        expect(Date.parse(first.created_at)).toBeGreaterThanOrEqual(Date.parse(item.created_at))
      }
    }
    expect([...counts].sort()).toEqual([1, 2])
  })

  it('404 for an unknown session', async () => {
    const answer = await get('/v1/sessions/sess_000000000000000000000000/recordings')
    expect(answer.status).toBe(404)
    expect(answer.body.error.message).toBe('Session not found')
  })
})
