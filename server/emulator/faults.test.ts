import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EMULATOR_FAULT_HEADER } from '../../contract/anchor-api.ts'
import { MARKUP } from './fault-bodies.ts'
import { startEmulator } from './index.ts'
import { get, OPTIONS, sessions } from './testing.ts'

const fault = (value: string) => ({ [EMULATOR_FAULT_HEADER]: value })
const LIST = '/v1/sessions?limit=20'

describe('fault modes', () => {
  it('latency=MS delays the answer', async () => {
    const started = performance.now()
    const answer = await get(LIST, fault('latency=120'))
    expect(performance.now() - started).toBeGreaterThanOrEqual(110)
    expect(answer.status).toBe(200)
  })

  it('status=CODE answers that status with the error JSON', async () => {
    for (const [code, message] of [
      [500, 'Internal Server Error'],
      [503, 'Service Unavailable'],
      [401, 'Invalid API Key'],
    ] as const) {
      const answer = await get(LIST, fault(`status=${code}`))
      expect(answer.status).toBe(code)
      expect(answer.body).toEqual({ error: { code, message } })
    }
  })

  it('rate-limit=SECONDS answers 429 with Retry-After', async () => {
    const answer = await get(LIST, fault('rate-limit=7'))
    expect(answer.status).toBe(429)
    expect(answer.headers.get('retry-after')).toBe('7')
    expect(answer.body).toEqual({ error: { code: 429, message: 'Rate limit exceeded' } })
  })

  it('html answers 200 with an HTML page', async () => {
    const answer = await get(LIST, fault('html'))
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/)
    expect(answer.body).toMatch(/^<!DOCTYPE html>/)
  })

  it('truncated sends the first half of valid JSON', async () => {
    const whole = JSON.stringify((await get(LIST)).body)
    const answer = await get(LIST, fault('truncated'))
    expect(answer.status).toBe(200)
    expect(typeof answer.body).toBe('string')
    expect(answer.body).toBe(whole.slice(0, Math.floor(whole.length / 2)))
  })

  it('no-data answers {}', async () => {
    const answer = await get(LIST, fault('no-data'))
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({})
  })

  it('missing-fields removes required fields from items', async () => {
    const items = (await get(LIST, fault('missing-fields'))).body.data.sessions
    expect('id' in items[0]).toBe(false)
    expect('created_at' in items[1]).toBe(false)
    expect('status' in items[2]).toBe(false)
    expect('used_credits' in items[3]).toBe(false)
    const one = await get(`/v1/sessions/${sessions[0]!.id}`, fault('missing-fields'))
    expect(one.body.data).not.toHaveProperty('status')
    expect(one.body.data).not.toHaveProperty('created_at')
  })

  it('extra-fields adds unknown fields to every item and at the top', async () => {
    const { body } = await get(LIST, fault('extra-fields'))
    expect(body.meta).toBeDefined()
    for (const item of body.data.sessions) expect(item.x_unknown_field).toBeTypeOf('string')
  })

  it('string-numbers sends every number as a string', async () => {
    const { body } = await get(LIST, fault('string-numbers'))
    expect(body.data.total).toBe(String(sessions.length))
    expect(body.data.page).toBe('1')
    expect(body.data.total_pages).toBe(String(Math.ceil(sessions.length / 20)))
    const withDuration = body.data.sessions.find((s: { duration?: unknown }) => s.duration != null)
    expect(withDuration.duration).toBeTypeOf('string')
    const numbers: unknown[] = []
    JSON.stringify(body, (_key, value: unknown) => {
      if (typeof value === 'number') numbers.push(value)
      return value
    })
    expect(numbers).toEqual([])
  })

  it('long-strings makes a tag, a domain and the key name ~5,000 characters', async () => {
    const item = (await get(LIST, fault('long-strings'))).body.data.sessions[0]
    expect(item.tags[0]).toHaveLength(5000)
    expect(item.domains[0]).toHaveLength(5000)
    expect(item.api_key_name).toHaveLength(5000)
  })

  it('markup puts HTML, script and javascript: text in every field a person reads', async () => {
    const item = (await get(LIST, fault('markup'))).body.data.sessions[0]
    expect(item).toMatchObject({
      status: MARKUP.status,
      tags: [MARKUP.tag, MARKUP.tagLink],
      domains: [MARKUP.domain],
      api_key_name: MARKUP.apiKey,
      proxy_type: MARKUP.proxyType,
      browser_ip: MARKUP.browserIp,
      user_configuration: {
        session: { batch_id: MARKUP.batch },
        browser: { profile: { name: MARKUP.profile } },
      },
    })
    expect(typeof item.id).toBe('string')
  })

  it('nested-error wraps errors in the provider other shape', async () => {
    const answer = await get('/v1/sessions?limit=3', fault('nested-error'))
    expect(answer.body).toEqual({
      error: { error: { code: 400, message: 'Invalid limit "3": must be one of 10, 20, 50' } },
    })
  })

  it('combines faults', async () => {
    const started = performance.now()
    const answer = await get(LIST, fault('latency=50, status=502, nested-error'))
    expect(performance.now() - started).toBeGreaterThanOrEqual(45)
    expect(answer.status).toBe(502)
    expect(answer.body).toEqual({ error: { error: { code: 502, message: 'Bad Gateway' } } })
  })

  it('applies before the key check, and rewrites only successful bodies', async () => {
    expect((await get(LIST, { 'anchor-api-key': '', ...fault('status=503') })).status).toBe(503)
    const unauthorised = await get(LIST, { 'anchor-api-key': '', ...fault('string-numbers') })
    expect(unauthorised.body).toEqual({ error: { code: 401, message: 'Invalid API Key' } })
  })

  it('400 for an unknown or malformed fault', async () => {
    for (const value of ['explode', 'latency=soon', 'status=99', 'status=204', 'html=1']) {
      const answer = await get(LIST, fault(value))
      expect(answer.status).toBe(400)
      expect(answer.body.error.message).toMatch(/^Invalid x-emulator-fault/)
    }
  })
})

describe('the drop fault, over a real socket', () => {
  let emulator: { url: string; close: () => Promise<void> }
  beforeAll(async () => {
    emulator = await startEmulator({ ...OPTIONS, sessions: 200 })
  })
  afterAll(() => emulator.close())

  it('closes the connection without an answer, and the next request is unaffected', async () => {
    const headers = { 'anchor-api-key': OPTIONS.apiKey }
    await expect(
      fetch(`${emulator.url}/v1/sessions`, { headers: { ...headers, ...fault('drop') } }),
    ).rejects.toThrow()
    const next = await fetch(`${emulator.url}/v1/sessions`, { headers })
    expect(next.status).toBe(200)
    expect((await next.json()).data.total).toBe(200)
  })
})
