import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ROOT_ELEMENT, type RenderPage } from '../../contract/server-render.ts'
import { listen, type Listening } from '../listen.ts'
import { createServerApp } from '../server-app.ts'
import { rawRequest, startFakeUpstream, type FakeUpstream } from '../test-helpers.ts'
import { createAuth } from './auth.ts'
import { hashPassword } from './password.ts'

const PASSWORD = 'correct horse battery staple'
let dist: string
let upstream: FakeUpstream
let server: Listening
let host: string
let clock = 0
let renders = 0
const log: string[] = []

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'dist-'))
  mkdirSync(join(dist, 'assets'))
  writeFileSync(join(dist, 'index.html'), `<!doctype html><title>app</title>${ROOT_ELEMENT}`)
  writeFileSync(join(dist, 'assets', 'index-a1b2.js'), 'console.log(1)')
  writeFileSync(join(dist, 'users'), `alice:${await hashPassword(PASSWORD)}\n`)
  upstream = await startFakeUpstream()
  const renderPage: RenderPage = async () => {
    renders += 1
    return {
      html: '<p>rendered</p>',
      state: { timeZone: 'UTC', now: 0, mode: 'live', firstPage: null },
    }
  }
  const auth = createAuth({
    settings: { kind: 'sign-in', secret: 's'.repeat(32), usersFile: join(dist, 'users') },
    now: () => clock,
    log: (line) => log.push(line),
  })
  const app = createServerApp({
    distDir: dist,
    loadRenderPage: async () => renderPage,
    auth,
    log: (line) => log.push(line),
    proxy: { upstreamUrl: upstream.url, apiKey: 'the-api-key', mode: 'live' },
  })
  server = await listen(app, { port: 0, host: '127.0.0.1' })
  host = `127.0.0.1:${server.port}`
})
afterEach(() => {
  upstream.requests.length = 0
  log.length = 0
})
afterAll(async () => {
  await server.close()
  await upstream.close()
  rmSync(dist, { recursive: true, force: true })
})

function request(
  target: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return rawRequest(server.url, target, { ...options, headers: { host, ...options.headers } })
}

/** The sign-in page's anti-forgery cookie and token. */
async function formToken(): Promise<{ cookie: string; token: string }> {
  const page = await request('/auth/sign-in')
  const cookie = String(page.headers['set-cookie']).split(';')[0]!
  return { cookie, token: cookie.slice(cookie.indexOf('=') + 1) }
}

async function signIn(name: string, password: string, extra: Record<string, string> = {}) {
  const { cookie, token } = await formToken()
  const body = new URLSearchParams({ csrf: token, name, password, return: '/', ...extra })
  return request('/auth/sign-in', {
    method: 'POST',
    headers: {
      cookie,
      'content-type': 'application/x-www-form-urlencoded',
      'sec-fetch-site': 'same-origin',
    },
    body: body.toString(),
  })
}

function sessionCookie(response: { headers: Record<string, unknown> }): string {
  const header = [response.headers['set-cookie']].flat().map(String)
  return header.find((line) => line.startsWith('anchor_session='))!.split(';')[0]!
}

describe('a stranger', () => {
  it.each([
    ['/', '/auth/sign-in'],
    ['/sessions/x', '/auth/sign-in?return=%2Fsessions%2Fx'],
    ['/?status=failed&limit=37', '/auth/sign-in?return=%2F%3Fstatus%3Dfailed%26limit%3D37'],
  ])('asking for the page %s is sent to sign in, carrying the link', async (target, location) => {
    const response = await request(target)
    expect(response.status).toBe(302)
    expect(response.headers.location).toBe(location)
    expect(response.body).not.toContain('rendered')
  })

  it.each([
    ['GET', '/api/v1/sessions'],
    ['GET', '/api/v1/sessions/x'],
    ['GET', '/api/meta'],
    ['GET', '/api/me'],
    ['HEAD', '/api/v1/sessions'],
    ['GET', '/assets/index-a1b2.js'],
    ['GET', '/index.html'],
  ])('gets a 401 for %s %s', async (method, target) => {
    const response = await request(target, { method })
    expect(response.status).toBe(401)
  })

  it('reaches neither the API nor the server render, and a forged cookie changes nothing', async () => {
    await request('/', { headers: { cookie: 'anchor_session=abc.def' } })
    await request('/api/v1/sessions', { headers: { cookie: 'anchor_session=abc.def' } })
    expect(upstream.requests).toEqual([])
    expect(renders).toBe(0)
  })

  it('gets the sign-in page and its stylesheet, under the same strict headers', async () => {
    const page = await request('/auth/sign-in?return=%2Fsessions%2Fx')
    expect(page.status).toBe(200)
    expect(page.body).toContain('name="return" value="/sessions/x"')
    expect(page.headers['content-security-policy']).toContain("form-action 'self'")
    expect(page.headers['set-cookie']).toEqual([expect.stringMatching(/HttpOnly; SameSite=Lax$/)])
    const styles = await request('/auth/sign-in.css')
    expect(styles.status).toBe(200)
    expect(styles.headers['content-type']).toMatch(/^text\/css/)
  })
})

describe('password sign-in', () => {
  it('signs in with an HttpOnly, SameSite=Lax session cookie the upstream never sees', async () => {
    const response = await signIn('alice', PASSWORD, { return: '/sessions/x?tab=events' })
    expect(response.status).toBe(303)
    expect(response.headers.location).toBe('/sessions/x?tab=events')
    const line = [response.headers['set-cookie']]
      .flat()
      .find((c) => c?.startsWith('anchor_session'))
    expect(line).toMatch(/; HttpOnly; SameSite=Lax$/)
    expect(line).not.toMatch(/Secure/)

    const cookie = sessionCookie(response)
    const list = await request('/api/v1/sessions', { headers: { cookie } })
    expect(list.status).toBe(200)
    expect(upstream.requests).toHaveLength(1)
    expect(upstream.requests[0]!.headers.cookie).toBeUndefined()
    // The server render runs for a person signed in (and so would have run for a stranger).
    expect((await request('/', { headers: { cookie } })).body).toContain('<p>rendered</p>')
    const me = await request('/api/me', { headers: { cookie } })
    expect(JSON.parse(me.body)).toEqual({ user: { name: 'alice', method: 'password' } })
    expect(log).toContain('signed in: alice (password) from 127.0.0.1')
    expect(log.some((entry) => /^alice GET \/api\/v1\/sessions 200 \d+ms$/.test(entry))).toBe(true)
    expect(log.join('\n')).not.toContain(PASSWORD)
    expect(log.join('\n')).not.toContain('the-api-key')
  })

  it('sends a return path elsewhere than this server home instead', async () => {
    for (const bad of [
      '//evil.example/x',
      '/\\evil.example',
      'https://evil.example',
      '/auth/sign-out',
    ]) {
      const response = await signIn('alice', PASSWORD, { return: bad })
      expect(response.headers.location).toBe('/')
    }
  })

  it('refuses a form posted from another site, or without its token', async () => {
    const { cookie, token } = await formToken()
    const body = new URLSearchParams({ csrf: token, name: 'alice', password: PASSWORD }).toString()
    const form = { cookie, 'content-type': 'application/x-www-form-urlencoded' }
    const crossSite = await request('/auth/sign-in', {
      method: 'POST',
      headers: { ...form, 'sec-fetch-site': 'cross-site' },
      body,
    })
    expect(crossSite.status).toBe(403)
    const noToken = await request('/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': form['content-type'] },
      body,
    })
    expect(noToken.status).toBe(403)
    const foreignOrigin = await request('/auth/sign-in', {
      method: 'POST',
      headers: { ...form, origin: 'https://evil.example' },
      body,
    })
    expect(foreignOrigin.status).toBe(403)
    expect(log.filter((line) => line.startsWith('signed in'))).toEqual([])
  })

  it('sign-out ends the session on the server', async () => {
    const cookie = sessionCookie(await signIn('alice', PASSWORD))
    const out = await request('/auth/sign-out', {
      method: 'POST',
      headers: { cookie, 'sec-fetch-site': 'same-origin' },
    })
    expect(out.status).toBe(303)
    expect(out.headers.location).toBe('/auth/sign-in')
    expect((await request('/api/me', { headers: { cookie } })).status).toBe(401)
  })

  it('an idle session expires after 12 hours', async () => {
    const cookie = sessionCookie(await signIn('alice', PASSWORD))
    clock += 11 * 60 * 60 * 1000
    expect((await request('/api/me', { headers: { cookie } })).status).toBe(200)
    clock += 12 * 60 * 60 * 1000
    expect((await request('/', { headers: { cookie } })).status).toBe(302)
  })
})

describe('behind a trusted reverse proxy', () => {
  it('makes the session cookie Secure when the browser came over HTTPS', async () => {
    const auth = createAuth({
      settings: { kind: 'sign-in', secret: 's'.repeat(32), usersFile: join(dist, 'users') },
      trustedProxies: ['127.0.0.1'],
    })
    const app = createServerApp({
      distDir: dist,
      auth,
      proxy: { upstreamUrl: upstream.url, apiKey: 'the-api-key', mode: 'live' },
    })
    const proxied = await listen(app, { port: 0, host: '127.0.0.1' })
    try {
      const headers = { host: `127.0.0.1:${proxied.port}`, 'x-forwarded-proto': 'https' }
      const page = await rawRequest(proxied.url, '/auth/sign-in', { headers })
      expect(String(page.headers['set-cookie'])).toMatch(/; Secure/)
      const plain = await rawRequest(proxied.url, '/auth/sign-in', {
        headers: { host: headers.host },
      })
      expect(String(plain.headers['set-cookie'])).not.toMatch(/Secure/)
    } finally {
      await proxied.close()
    }
  })
})
