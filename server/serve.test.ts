import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { listen, type Listening } from './listen.ts'
import { createServerApp } from './server-app.ts'
import {
  rawRequest,
  startFakeUpstream,
  type FakeUpstream,
  type RawResponse,
} from './test-helpers.ts'

const KEY = 'server-secret-key-123'
const INDEX =
  '<!doctype html><title>app</title><script type="module" src="/assets/index-a1b2.js"></script>'
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; " +
  "object-src 'none'"

let dist: string
let upstream: FakeUpstream
let server: Listening
let host: string
const seen: RawResponse[] = []

async function get(
  target: string,
  headers: Record<string, string> = {},
  method = 'GET',
  body?: string,
) {
  const response = await rawRequest(server.url, target, {
    method,
    body,
    headers: { host, ...headers },
  })
  seen.push(response)
  return response
}

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'dist-'))
  mkdirSync(join(dist, 'assets'))
  writeFileSync(join(dist, 'index.html'), INDEX)
  writeFileSync(join(dist, 'assets', 'index-a1b2.js'), 'console.log(1)')
  // What server/precompress-plugin.ts writes beside it (the content does not matter here).
  writeFileSync(join(dist, 'assets', 'index-a1b2.js.br'), 'brotli bytes')
  writeFileSync(join(dist, 'assets', 'index-a1b2.js.gz'), 'gzip bytes')
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  upstream = await startFakeUpstream()
  const app = createServerApp({
    distDir: dist,
    allowedHosts: ['dash.example.com'],
    proxy: { upstreamUrl: upstream.url, apiKey: KEY, mode: 'live' },
  })
  server = await listen(app, { port: 0, host: '127.0.0.1' })
  host = `127.0.0.1:${server.port}`
})
afterEach(() => {
  upstream.requests.length = 0
})
afterAll(async () => {
  await server.close()
  await upstream.close()
  rmSync(dist, { recursive: true, force: true })
})

describe('static files', () => {
  it('serves index.html with no-cache and the security headers', async () => {
    const response = await get('/')
    expect(response.status).toBe(200)
    expect(response.body).toBe(INDEX)
    expect(response.headers['cache-control']).toBe('no-cache')
    expect(response.headers['content-security-policy']).toBe(CSP)
    expect(response.headers['x-content-type-options']).toBe('nosniff')
    expect(response.headers['referrer-policy']).toBe('no-referrer')
    expect(response.headers['x-frame-options']).toBe('DENY')
    expect(response.headers['strict-transport-security']).toBeUndefined()
  })

  it('caches hashed assets for a year', async () => {
    const response = await get('/assets/index-a1b2.js')
    expect(response.body).toBe('console.log(1)')
    expect(response.headers['content-type']).toMatch(/^text\/javascript/)
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  })

  it('sends the compressed copy made at build time to browsers that take it', async () => {
    const cases = [
      ['gzip, deflate, br', 'br', 'brotli bytes'],
      ['gzip', 'gzip', 'gzip bytes'],
      ['identity', undefined, 'console.log(1)'],
      // q-values: a coding weighed 0 is refused, the heavier one wins, `*` names the rest.
      ['gzip, br;q=0', 'gzip', 'gzip bytes'],
      ['br;q=0.5, gzip', 'gzip', 'gzip bytes'],
      ['*;q=0, identity', undefined, 'console.log(1)'],
      ['br;q=0, gzip;q=0', undefined, 'console.log(1)'],
      ['br;q=0.9, *;q=0.5', 'br', 'brotli bytes'],
    ] as const
    for (const [accept, encoding, body] of cases) {
      const response = await get('/assets/index-a1b2.js', { 'accept-encoding': accept })
      expect(response.headers['content-encoding']).toBe(encoding)
      expect(response.body).toBe(body)
      expect(response.headers['content-type']).toMatch(/javascript/)
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    }
  })

  it('revalidates unhashed public files', async () => {
    const response = await get('/favicon.svg')
    expect(response.headers['cache-control']).toBe('no-cache')
  })

  it.each([
    '/sessions',
    '/sessions/sess_1',
    '/usage?granularity=week',
    // A dot inside an id is no file extension.
    '/sessions/sess_%3Cimg%20onerror=%22window.x=1%22%3E',
  ])('answers the client route %s with index.html', async (target) => {
    const response = await get(target)
    expect(response.status).toBe(200)
    expect(response.body).toBe(INDEX)
    expect(response.headers['cache-control']).toBe('no-cache')
  })

  it.each(['/assets/index-old.js', '/missing.png'])(
    'answers a missing file %s with 404',
    async (target) => {
      const response = await get(target)
      expect(response.status).toBe(404)
      expect(JSON.parse(response.body).error.code).toBe(404)
    },
  )
})

describe('guards', () => {
  it.each(['evil.example', 'evil.example:80', 'localhost:1', '127.0.0.2'])(
    'refuses Host %s with 421',
    async (badHost) => {
      for (const target of ['/', '/api/v1/billing']) {
        const response = await get(target, { host: badHost })
        expect(response.status).toBe(421)
        expect(JSON.parse(response.body).error.code).toBe(421)
      }
      expect(upstream.requests).toEqual([])
    },
  )

  it('accepts localhost, [::1] and ALLOWED_HOSTS names', async () => {
    for (const name of ['localhost', '[::1]', 'dash.example.com']) {
      expect((await get('/', { host: `${name}:${server.port}` })).status).toBe(200)
    }
  })

  it('refuses an 8 KB+ URL with 414 before the proxy sees it', async () => {
    const response = await get(`/api/v1/sessions?search=${'x'.repeat(8_200)}`)
    expect(response.status).toBe(414)
    expect(upstream.requests).toEqual([])
  })

  it('answers an 8 KB+ page address with a page that leads back, not JSON', async () => {
    const response = await get(`/sessions?search=${'x'.repeat(9_000)}`)
    expect(response.status).toBe(414)
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
    // Its own policy, stricter than the app's: nothing loads, only its inline style applies.
    expect(response.headers['content-security-policy']).toMatch(
      /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'; frame-ancestors 'none'/,
    )
    expect(response.headers['x-frame-options']).toBe('DENY')
    expect(response.body).toContain('<h1>This address is too long</h1>')
    expect(response.body).toContain('<a href="/">Back to the sessions</a>')
  })

  it('refuses a body over 16 KB with 413', async () => {
    const response = await get('/', {}, 'POST', 'x'.repeat(17_000))
    expect(response.status).toBe(413)
  })

  it.each(['/assets/../index.html', '/api/%2e%2e/index.html', '/x/..%2fapi/v1/billing'])(
    'refuses the raw path %s with 400',
    async (target) => {
      const response = await get(target)
      expect(response.status).toBe(400)
      expect(response.body).not.toContain('<title>')
      expect(upstream.requests).toEqual([])
    },
  )
})

describe('the proxy inside the production server', () => {
  it('forwards reads with the key and the same security headers', async () => {
    const response = await get('/api/v1/sessions?limit=10')
    expect(response.status).toBe(200)
    expect(response.headers['content-security-policy']).toBe(CSP)
    expect(upstream.requests.map((r) => [r.target, r.headers['anchor-api-key']])).toEqual([
      ['/v1/sessions?limit=10', KEY],
    ])
  })

  it('refuses writes', async () => {
    expect((await get('/api/v1/sessions/all', {}, 'DELETE')).status).toBe(405)
    expect((await get('/api/v1/sessions', {}, 'POST', '{}')).status).toBe(405)
    expect(upstream.requests).toEqual([])
  })

  it('reports the mode without the key', async () => {
    const response = await get('/api/meta')
    expect(JSON.parse(response.body)).toEqual({ mode: 'live' })
  })

  it('never shows the key in any response seen so far', () => {
    expect(seen.length).toBeGreaterThan(15)
    for (const response of seen) {
      expect(response.body + JSON.stringify(response.headers)).not.toContain(KEY)
    }
  })
})
