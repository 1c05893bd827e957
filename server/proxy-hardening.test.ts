/**
 * The proxy against an upstream that misbehaves: echoes the key, answers too much, answers a
 * status that is not HTTP. Real local HTTP servers on both sides.
 */
import { createServer, type Server } from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { SCRUBBED } from './key-scrub.ts'
import { listen, type Listening } from './listen.ts'
import { createProxyApp, type ProxyOptions } from './proxy.ts'
import { rawRequest, startFakeUpstream, type FakeUpstream } from './test-helpers.ts'

const KEY = 'sk-echoed-secret-456'
let upstream: FakeUpstream
const servers: Array<{ close: () => Promise<void> }> = []
const logLines: string[] = []

async function startProxy(overrides: Partial<ProxyOptions> = {}): Promise<Listening> {
  const app = createProxyApp({
    upstreamUrl: upstream.url,
    apiKey: KEY,
    mode: 'live',
    log: (line) => logLines.push(line),
    ...overrides,
  })
  const server = await listen(app, { port: 0, host: '127.0.0.1' })
  servers.push(server)
  return server
}

/** An upstream that answers every request with `response`, raw bytes, however wrong. */
async function rawUpstream(response: string): Promise<string> {
  const server: Server = createServer((socket) => {
    socket.once('data', () => socket.end(response))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  servers.push({ close: () => new Promise((resolve) => server.close(() => resolve())) })
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

beforeAll(async () => {
  upstream = await startFakeUpstream()
})
afterEach(() => {
  logLines.length = 0
})
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()))
  await upstream.close()
})

describe('an upstream that echoes the key', () => {
  it.each([
    [
      401,
      'application/json',
      (key: string) => JSON.stringify({ error: `Invalid API key: ${key}` }),
    ],
    [200, 'application/json', (key: string) => JSON.stringify({ data: { sessions: [], key } })],
    [500, 'text/html', (key: string) => `<p>key=${encodeURIComponent(key)}</p>`],
  ])('scrubs it from a %i body (%s)', async (status, type, body) => {
    upstream.handler = (request) =>
      new Response(body(request.headers.get('anchor-api-key') ?? ''), {
        status,
        headers: { 'content-type': type, 'retry-after': request.headers.get('anchor-api-key')! },
      })
    const proxy = await startProxy()
    for (const encoding of ['identity', 'gzip, br']) {
      const response = await fetch(`${proxy.url}/api/v1/sessions`, {
        headers: { 'accept-encoding': encoding },
      })
      const text = await response.text()
      expect(response.status).toBe(status)
      expect(text).toContain(SCRUBBED)
      expect(text).not.toContain(KEY)
      expect(response.headers.get('retry-after')).toBe(SCRUBBED)
      expect(JSON.stringify([...response.headers])).not.toContain(KEY)
    }
  })
})

describe('an upstream body past the cap', () => {
  it('answers 502 with a clear message, and cancels the upstream', async () => {
    const chunk = new TextEncoder().encode(`"${'x'.repeat(64 * 1024)}",`)
    let sent = 0
    upstream.handler = () =>
      // 50 MB of JSON array, streamed without a length, as a runaway upstream would.
      new Response(
        new ReadableStream({
          pull(controller) {
            sent += chunk.byteLength
            controller.enqueue(sent > 50 * 1024 * 1024 ? new Uint8Array() : chunk)
            if (sent > 50 * 1024 * 1024) controller.close()
          },
        }),
        { headers: { 'content-type': 'application/json' } },
      )
    const proxy = await startProxy({ maxBodyBytes: 1024 * 1024 })
    const response = await rawRequest(proxy.url, '/api/v1/sessions')
    expect(response.status).toBe(502)
    expect(JSON.parse(response.body).error.message).toBe("The API's answer was larger than 1 MB")
    // It stopped reading soon after the cap, far short of the 50 MB on offer.
    expect(sent).toBeLessThan(8 * 1024 * 1024)
    expect(logLines).toEqual([expect.stringMatching(/ 502 \d+ms \(.*larger than 1 MB\)$/)])
  })

  it('refuses a declared length past the cap without reading the body', async () => {
    const body = JSON.stringify({ data: 'y'.repeat(2 * 1024 * 1024) })
    upstream.handler = () => new Response(body, { headers: { 'content-type': 'application/json' } })
    const proxy = await startProxy({ maxBodyBytes: 1024 * 1024 })
    const response = await rawRequest(proxy.url, '/api/v1/sessions')
    expect(response.status).toBe(502)
  })

  it('relays an answer under the cap untouched', async () => {
    const body = JSON.stringify({ data: 'z'.repeat(900 * 1024) })
    upstream.handler = () => new Response(body, { headers: { 'content-type': 'application/json' } })
    const proxy = await startProxy({ maxBodyBytes: 1024 * 1024 })
    const response = await rawRequest(proxy.url, '/api/v1/sessions')
    expect(response.status).toBe(200)
    expect(response.body).toBe(body)
  })
})

describe('failures the log explains', () => {
  it.each([600, 700, 999])('maps upstream status %i to 502 and says why', async (status) => {
    const url = await rawUpstream(
      `HTTP/1.1 ${status} Odd\r\ncontent-type: application/json\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}`,
    )
    const proxy = await startProxy({ upstreamUrl: url })
    const response = await rawRequest(proxy.url, '/api/v1/sessions')
    expect(response.status).toBe(502)
    expect(JSON.parse(response.body).error.message).toBe('The API gave an answer that is not HTTP')
    expect(logLines).toEqual([
      expect.stringMatching(new RegExp(`502 \\d+ms \\(the API answered with status ${status}, `)),
    ])
  })

  it('says a key with a line break is malformed, and never logs the key', async () => {
    const key = 'sk-first-half\nsecond-half'
    const proxy = await startProxy({ apiKey: key })
    const response = await rawRequest(proxy.url, '/api/v1/sessions')
    expect(response.status).toBe(502)
    expect(response.body).not.toContain('first-half')
    expect(logLines).toEqual([expect.stringContaining('ANCHOR_API_KEY holds a character')])
    expect(logLines.join('\n')).not.toContain('first-half')
    expect(upstream.requests.at(-1)?.headers['anchor-api-key']).not.toContain('first-half')
  })

  it('logs why an unreachable upstream failed', async () => {
    const gone = await listen({ fetch: () => new Response('') }, { port: 0, host: '127.0.0.1' })
    await gone.close()
    const proxy = await startProxy({ upstreamUrl: gone.url })
    const response = await rawRequest(proxy.url, '/api/v1/sessions')
    expect(response.status).toBe(502)
    expect(logLines).toEqual([expect.stringMatching(/502 \d+ms \(fetch failed: .*ECONNREFUSED/)])
  })
})
