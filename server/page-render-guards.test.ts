/**
 * What a server render must not do: call the API with the key for another site's request,
 * embed a key the API echoed, or leave anything behind on the page request that keeps the
 * render alive after the page went out.
 */
import { getEventListeners } from 'node:events'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RenderPage } from '../contract/server-render.ts'
import { SCRUBBED } from './key-scrub.ts'
import { listen, type Listening } from './listen.ts'
import { createPageRenderer } from './page-render.ts'
import { createServerApp } from './server-app.ts'
import { rawRequest, startFakeUpstream, type FakeUpstream } from './test-helpers.ts'

const TEMPLATE = '<!doctype html><body><div id="root"></div></body>'
const KEY = 'sk-page-render-secret-789'

/** A render that asks for the first page and puts its body in the state, as the app does. */
const embeddingRender: RenderPage = async ({ fetchApi, timeZone, now, mode }) => {
  const answer = await fetchApi('/api/v1/sessions?page=1')
  return {
    html: '<p>rows</p>',
    state: { timeZone, now, mode, firstPage: { apiQuery: 'page=1', body: answer.body } },
  }
}

let dist: string
let upstream: FakeUpstream
let server: Listening

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'dist-'))
  writeFileSync(join(dist, 'index.html'), TEMPLATE)
  upstream = await startFakeUpstream()
  const app = createServerApp({
    distDir: dist,
    loadRenderPage: async () => embeddingRender,
    proxy: { upstreamUrl: upstream.url, apiKey: KEY, mode: 'live' },
  })
  server = await listen(app, { port: 0, host: '127.0.0.1' })
})
afterAll(async () => {
  await server.close()
  await upstream.close()
  rmSync(dist, { recursive: true, force: true })
})

function page(headers: Record<string, string> = {}) {
  return rawRequest(server.url, '/', { headers: { host: `localhost:${server.port}`, ...headers } })
}

describe('requests from another site', () => {
  it.each(['cross-site', 'same-site'])(
    'get the shell without data, and the API is not called (Sec-Fetch-Site: %s)',
    async (site) => {
      upstream.requests.length = 0
      const response = await page({ 'sec-fetch-site': site, 'sec-fetch-dest': 'iframe' })
      expect(response.status).toBe(200)
      expect(response.body).toBe(TEMPLATE)
      expect(upstream.requests).toEqual([])
    },
  )

  it.each([['same-origin'], ['none'], [undefined]])(
    'do not include our own pages (Sec-Fetch-Site: %s), rendered with their data',
    async (site) => {
      upstream.requests.length = 0
      const response = await page(site ? { 'sec-fetch-site': site } : {})
      expect(response.body).toContain('<p>rows</p>')
      expect(upstream.requests).toHaveLength(1)
    },
  )
})

describe('a key the API echoes', () => {
  it('is scrubbed before the render embeds the answer in the page', async () => {
    upstream.handler = (request) =>
      Response.json({
        data: { sessions: [], note: `key ${request.headers.get('anchor-api-key')}` },
      })
    const response = await page()
    expect(response.body).toContain('<p>rows</p>')
    expect(response.body).toContain(SCRUBBED)
    expect(response.body).not.toContain(KEY)
  })
})

describe('after the page went out', () => {
  it('leaves no listener on the page request’s signal', async () => {
    const render = createPageRenderer({
      loadTemplate: async () => TEMPLATE,
      loadRenderPage: async () => embeddingRender,
      proxy: { fetch: () => Response.json({ data: {} }) },
      mode: 'emulator',
    })
    const app = new Hono()
    app.all('*', (c) => render(c))
    const request = new Request('http://localhost/')
    const response = await app.request(request)
    expect(await response.text()).toContain('<p>rows</p>')
    expect(getEventListeners(request.signal, 'abort')).toEqual([])
  })
})
