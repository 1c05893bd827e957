import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { EMULATOR_CLOCK_PATH } from '../contract/anchor-api.ts'
import { listen, type Listening } from './listen.ts'
import { createProxyApp, type ProxyOptions } from './proxy.ts'
import {
  eventually,
  rawRequest,
  startFakeUpstream,
  type FakeUpstream,
  type RawResponse,
} from './test-helpers.ts'

const KEY = 'server-secret-key-123'
let upstream: FakeUpstream
const servers: Listening[] = []
const logLines: string[] = []
const seen: RawResponse[] = []

async function startProxy(overrides: Partial<ProxyOptions> = {}): Promise<string> {
  const app = createProxyApp({
    upstreamUrl: upstream.url,
    apiKey: KEY,
    mode: 'emulator',
    log: (line) => logLines.push(line),
    ...overrides,
  })
  const server = await listen(app, { port: 0, host: '127.0.0.1' })
  servers.push(server)
  return server.url
}

let proxy: string
async function send(
  target: string,
  options: Parameters<typeof rawRequest>[2] = {},
  base = proxy,
): Promise<RawResponse> {
  const response = await rawRequest(base, target, options)
  seen.push(response)
  return response
}

beforeAll(async () => {
  upstream = await startFakeUpstream()
  proxy = await startProxy()
})
afterEach(() => {
  upstream.requests.length = 0
  upstream.handler = (request) => Response.json({ data: { target: new URL(request.url).pathname } })
})
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()))
  await upstream.close()
})

describe('allow-list', () => {
  it.each([
    ['DELETE', '/api/v1/sessions/all', 405],
    ['POST', '/api/v1/sessions', 405],
    ['PUT', '/api/v1/billing', 405],
    ['PATCH', '/api/v1/sessions/sess_1', 405],
    ['OPTIONS', '/api/v1/sessions', 405],
    ['GET', '/api/v1/../x', 400],
    ['GET', '/api/v1/sessions/../billing', 400],
    ['GET', '/api/v1/sessions/./sess_1', 400],
    ['GET', '/api/v1/sessions/%2e%2e/billing', 400],
    ['GET', '/api/v1/sessions/.%2E/billing', 400],
    ['GET', '/api/v1/sessions/a%2Fb', 400],
    ['GET', '/api/v1/sessions/a%2fb/recordings', 400],
    ['GET', '/api/v1/sessions/a%5cb', 400],
    ['GET', '/api//v1/sessions', 400],
    ['GET', '/api/v1/sessions/', 400],
    ['GET', '/api/v1/sessions/a.b', 400],
    ['GET', '/api/v1/sessions/sess$1', 400],
    ['GET', '/api/v1/sessions/%00', 400],
    ['GET', `/api/v1/sessions/${'a'.repeat(129)}`, 400],
    ['GET', '/api', 404],
    ['GET', '/api/v2/sessions', 404],
    ['GET', '/api/v1/browsers', 404],
    ['GET', '/api/v1/sessions/sess_1/logs', 404],
    ['GET', '/api/v1/sessions/history/recordings', 404],
    ['GET', '/api/v1/billing/x', 404],
    // The emulator's test-only clock control, by any path the proxy could be asked.
    ['POST', `/api${EMULATOR_CLOCK_PATH}`, 404],
    ['GET', `/api${EMULATOR_CLOCK_PATH}`, 404],
    ['POST', `/api/v1${EMULATOR_CLOCK_PATH}`, 404],
    ['POST', `/api/v1/sessions${EMULATOR_CLOCK_PATH}`, 404],
  ])('%s %s is refused with %i and never sent upstream', async (method, target, status) => {
    const response = await send(target, { method, body: method === 'GET' ? undefined : '{}' })
    expect(response.status).toBe(status)
    expect(JSON.parse(response.body)).toEqual({
      error: { code: status, message: expect.any(String) },
    })
    if (status === 405) expect(response.headers.allow).toBe('GET, HEAD')
    expect(upstream.requests).toEqual([])
  })

  it('never lets a backslash through (the Node adapter already answers 400)', async () => {
    const response = await send('/api/v1/sessions\\..\\billing')
    expect(response.status).toBe(400)
    expect(upstream.requests).toEqual([])
  })

  it('refuses cross-site requests', async () => {
    const response = await send('/api/v1/billing', { headers: { 'sec-fetch-site': 'cross-site' } })
    expect(response.status).toBe(403)
    expect(upstream.requests).toEqual([])
  })

  it.each([
    ['/api/v1/sessions', '/v1/sessions'],
    ['/api/v1/sessions/sess_1-A', '/v1/sessions/sess_1-A'],
    ['/api/v1/sessions/sess_1/recordings', '/v1/sessions/sess_1/recordings'],
    ['/api/v1/sessions/history?granularity=day', '/v1/sessions/history?granularity=day'],
    ['/api/v1/billing', '/v1/billing'],
  ])('forwards GET %s to %s', async (target, upstreamTarget) => {
    const response = await send(target)
    expect(response.status).toBe(200)
    expect(upstream.requests.map((r) => [r.method, r.target])).toEqual([['GET', upstreamTarget]])
  })
})

describe('forwarding', () => {
  it('keeps the query string byte for byte', async () => {
    const query = '?page=2&limit=20&tags=a,b&search=x%20y&created_from=2026-01-01T00:00:00Z&status='
    await send(`/api/v1/sessions${query}`)
    expect(upstream.requests[0]?.target).toBe(`/v1/sessions${query}`)
  })

  it('adds the key and drops every browser header', async () => {
    await send('/api/v1/sessions', {
      headers: {
        'anchor-api-key': 'browser-supplied-key',
        cookie: 'session=browser-cookie',
        authorization: 'Bearer browser-token',
        referer: 'http://127.0.0.1/sessions',
        'x-forwarded-for': '10.0.0.1',
        'accept-language': 'de',
      },
    })
    const headers = upstream.requests[0]?.headers ?? {}
    expect(headers['anchor-api-key']).toBe(KEY)
    expect(headers.accept).toBe('application/json')
    for (const name of ['cookie', 'authorization', 'referer', 'x-forwarded-for']) {
      expect(headers[name]).toBeUndefined()
    }
    expect(JSON.stringify(headers)).not.toMatch(/browser-|\bde\b/)
  })

  it('forwards the fault header to the emulator only', async () => {
    const live = await startProxy({ mode: 'live' })
    const fault = { 'x-emulator-fault': 'latency=5' }
    await send('/api/v1/billing', { headers: fault })
    await send('/api/v1/billing', { headers: fault }, live)
    expect(upstream.requests.map((r) => r.headers['x-emulator-fault'])).toEqual([
      'latency=5',
      undefined,
    ])
  })

  it('answers HEAD with the status and headers of a GET, without a body', async () => {
    const response = await send('/api/v1/billing', { method: 'HEAD' })
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(response.body).toBe('')
  })

  it('answers /api/meta itself', async () => {
    const response = await send('/api/meta')
    expect(JSON.parse(response.body)).toEqual({ mode: 'emulator' })
    expect(upstream.requests).toEqual([])
  })

  it("tells the emulator's clock in /api/meta, where it has one", async () => {
    let now = Date.parse('2026-11-01T00:00:00Z')
    const base = await startProxy({ now: () => now })
    expect(JSON.parse((await send('/api/meta', {}, base)).body)).toEqual({ mode: 'emulator', now })
    now += 60_000
    expect(JSON.parse((await send('/api/meta', {}, base)).body)).toEqual({ mode: 'emulator', now })
    expect(upstream.requests).toEqual([])
  })
})

describe('upstream answers and failures', () => {
  it('passes errors through with status, JSON body and Retry-After', async () => {
    const body = { error: { code: 429, message: 'Too many requests' } }
    upstream.handler = () => Response.json(body, { status: 429, headers: { 'retry-after': '7' } })
    const response = await send('/api/v1/sessions')
    expect(response.status).toBe(429)
    expect(response.headers['retry-after']).toBe('7')
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(JSON.parse(response.body)).toEqual(body)
  })

  it.each([
    ['an HTML page', 502, 'text/html', '<html><script>alert(1)</script></html>'],
    ['a truncated JSON body', 200, 'application/json', '{"data":{"sessions":[{"id"'],
  ])('sends %s as inert text', async (_name, status, type, body) => {
    upstream.handler = () => new Response(body, { status, headers: { 'content-type': type } })
    const response = await send('/api/v1/sessions')
    expect(response.status).toBe(status)
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8')
    expect(response.headers['x-content-type-options']).toBe('nosniff')
    expect(response.body).toBe(body)
  })

  it('refuses to follow a redirect, which would carry the key elsewhere', async () => {
    upstream.handler = () => Response.redirect('http://127.0.0.1:9/steal', 302)
    const response = await send('/api/v1/billing')
    expect(response.status).toBe(502)
  })

  it('answers 502 when the upstream cannot be reached', async () => {
    const gone = await listen({ fetch: () => new Response('') }, { port: 0, host: '127.0.0.1' })
    await gone.close()
    const unreachable = await startProxy({ upstreamUrl: gone.url })
    const response = await send('/api/v1/sessions', {}, unreachable)
    expect(response.status).toBe(502)
    expect(JSON.parse(response.body).error.code).toBe(502)
  })

  it('answers 504 after timeoutMs and aborts the upstream call', async () => {
    const impatient = await startProxy({ timeoutMs: 100 })
    upstream.handler = () =>
      new Promise((resolve) => setTimeout(() => resolve(Response.json({})), 1_000))
    const started = Date.now()
    const response = await send('/api/v1/sessions', {}, impatient)
    expect(response.status).toBe(504)
    expect(Date.now() - started).toBeLessThan(900)
    await eventually(() => upstream.requests[0]?.aborted === true)
  })

  it('aborts the upstream call when the browser goes away', async () => {
    upstream.handler = () =>
      new Promise((resolve) => setTimeout(() => resolve(Response.json({})), 1_000))
    const controller = new AbortController()
    const request = fetch(`${proxy}/api/v1/sessions`, { signal: controller.signal })
    await eventually(() => upstream.requests.length === 1)
    controller.abort()
    await expect(request).rejects.toThrow()
    await eventually(() => upstream.requests[0]?.aborted === true)
    await eventually(() =>
      logLines.some((line) => /^GET \/api\/v1\/sessions 499 \d+ms$/.test(line)),
    )
  })
})

describe('compression', () => {
  const sessions = Array.from({ length: 50 }, (_, index) => ({
    id: `sess_${index}`,
    tags: ['production', 'scraping'],
  }))
  const bigBody = { data: { sessions, total: 50 } }

  it.each(['br', 'gzip'])(
    'sends a large answer in %s to a browser that takes it',
    async (encoding) => {
      upstream.handler = () => Response.json(bigBody)
      // Node's fetch decodes the body and keeps the header that says how it came.
      const response = await fetch(`${proxy}/api/v1/sessions`, {
        headers: { 'accept-encoding': encoding === 'br' ? 'gzip, br' : 'gzip' },
      })
      expect(response.headers.get('content-encoding')).toBe(encoding)
      expect(response.headers.get('vary')).toBe('Accept-Encoding')
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
      expect(await response.json()).toEqual(bigBody)
    },
  )

  it('sends small answers, and answers to clients that ask for none, as they are', async () => {
    upstream.handler = () => Response.json(bigBody)
    const plain = await send('/api/v1/sessions')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(JSON.parse(plain.body)).toEqual(bigBody)

    upstream.handler = () => Response.json({ data: { total: 0 } })
    const small = await fetch(`${proxy}/api/v1/sessions`, { headers: { 'accept-encoding': 'br' } })
    expect(small.headers.get('content-encoding')).toBeNull()
    expect(await small.json()).toEqual({ data: { total: 0 } })
  })
})

describe('logging and secrecy', () => {
  it('logs one line per request: method, path, status, duration', async () => {
    logLines.length = 0
    await send('/api/v1/sessions?search=private-term')
    expect(logLines).toEqual([expect.stringMatching(/^GET \/api\/v1\/sessions 200 \d+ms$/)])
  })

  it('never shows the key in any response or log line seen so far', () => {
    expect(seen.length).toBeGreaterThan(40)
    for (const response of seen) {
      expect(response.body).not.toContain(KEY)
      expect(JSON.stringify(response.headers)).not.toContain(KEY)
    }
    expect(logLines.join('\n')).not.toContain(KEY)
  })
})
