import { brotliDecompressSync, constants, gunzipSync } from 'node:zlib'
import { Hono } from 'hono'
import { describe, expect, it, vi } from 'vitest'
import {
  SERVER_STATE_ID,
  serverStateJson,
  type RenderPage,
  type ServerRenderInput,
} from '../contract/server-render.ts'
import { createPageRenderer } from './page-render.ts'

const TEMPLATE =
  '<!doctype html><head><script type="module" src="/assets/app.js"></script></head>' +
  '<body><div id="root"></div><footer>end</footer></body>'
const STATE = { timeZone: 'UTC', now: 1, mode: 'emulator' as const, firstPage: null }

/** The proxy stand-in: answers every API request with its target and the headers it got. */
const echoProxy = {
  fetch: (request: Request) =>
    Response.json({
      target: new URL(request.url).pathname + new URL(request.url).search,
      headers: Object.fromEntries(request.headers),
    }),
}

function appWith(
  renderPage: RenderPage,
  options: { mode?: 'emulator' | 'live'; budgetMs?: number; now?: () => number } = {},
) {
  const logError = vi.fn()
  const render = createPageRenderer({
    loadTemplate: async () => TEMPLATE,
    loadRenderPage: async () => renderPage,
    proxy: echoProxy,
    mode: options.mode ?? 'emulator',
    budgetMs: options.budgetMs,
    now: options.now,
    logError,
  })
  const app = new Hono()
  app.all('*', (c) => render(c))
  return { app, logError }
}

describe('pages rendered on the server', () => {
  it('puts the markup in the root element and the state right after it', async () => {
    const { app } = appWith(async () => ({ html: '<p>rows</p>', state: STATE }))
    const response = await app.request('/?status=failed')
    const html = await response.text()
    expect(html).toBe(
      TEMPLATE.replace(
        '<div id="root"></div>',
        `<div id="root"><p>rows</p></div><script type="application/json" id="${SERVER_STATE_ID}">${JSON.stringify(STATE)}</script>`,
      ),
    )
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    // The page holds the account's data, and its time zone comes from a cookie.
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(response.headers.get('vary')).toBe('Cookie, Accept-Encoding')
  })

  it("renders at the upstream's moment where it has a clock (the emulator's)", async () => {
    const seenNow: number[] = []
    const renderPage: RenderPage = async (input) => {
      seenNow.push(input.now)
      return null
    }
    await (await appWith(renderPage, { now: () => 1_234 }).app.request('/')).text()
    await (await appWith(renderPage).app.request('/')).text()
    expect(seenNow[0]).toBe(1_234)
    expect(Math.abs(seenNow[1]! - Date.now())).toBeLessThan(5_000)
  })

  it('sends the head before the render is done, so the browser loads the code meanwhile', async () => {
    let finish = () => {}
    const rendering = new Promise<void>((resolve) => (finish = resolve))
    const { app } = appWith(async () => {
      await rendering
      return { html: 'late', state: STATE }
    })
    const response = await app.request('/')
    const reader = response.body!.getReader()
    const first = new TextDecoder().decode((await reader.read()).value)
    expect(first).toBe(TEMPLATE.slice(0, TEMPLATE.indexOf('</div>')))
    finish()
    let rest = ''
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      rest += new TextDecoder().decode(chunk.value)
    }
    expect(rest.startsWith('late</div>')).toBe(true)
  })

  it('sends the plain page for pages the browser renders, and when the render fails', async () => {
    const plain = appWith(async () => null)
    expect(await (await plain.app.request('/sessions/abc')).text()).toBe(TEMPLATE)

    const failing = appWith(async () => {
      throw new Error('render broke')
    })
    expect(await (await failing.app.request('/')).text()).toBe(TEMPLATE)
    expect(failing.logError).toHaveBeenCalledWith(new Error('render broke'))
  })

  it('answers HEAD with the headers alone', async () => {
    const render = vi.fn<RenderPage>()
    const { app } = appWith(render)
    const response = await app.request('/', { method: 'HEAD' })
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('')
    expect(render).not.toHaveBeenCalled()
  })

  it('renders in the zone of the browser’s cookie when it is a real zone, else in UTC', async () => {
    const zones: string[] = []
    const { app } = appWith(async (input) => {
      zones.push(input.timeZone)
      return null
    })
    for (const cookie of ['tz=Europe%2FBerlin', 'tz=Mars%2FOlympus', 'tz=%3Cscript%3E', '']) {
      await (await app.request('/', { headers: { cookie } })).text()
    }
    expect(zones).toEqual(['Europe/Berlin', 'UTC', 'UTC', 'UTC'])
  })

  it('asks the proxy for API paths, passing the emulator fault header in emulator mode only', async () => {
    const answers: Record<string, unknown> = {}
    const probe = async (mode: 'emulator' | 'live') => {
      const { app } = appWith(
        async (input: ServerRenderInput) => {
          answers[mode] = JSON.parse((await input.fetchApi('/api/v1/sessions?page=1')).body)
          return null
        },
        { mode },
      )
      const response = await app.request('/', { headers: { 'x-emulator-fault': 'status=503' } })
      await response.text()
    }
    await probe('emulator')
    await probe('live')
    expect(answers.emulator).toMatchObject({
      target: '/api/v1/sessions?page=1',
      headers: { 'x-emulator-fault': 'status=503' },
    })
    expect((answers.live as { headers: Record<string, string> }).headers).not.toHaveProperty(
      'x-emulator-fault',
    )
  })

  it('gives up on the API after its budget', async () => {
    const slowProxy = {
      fetch: (request: Request) =>
        new Promise<Response>((_resolve, reject) =>
          request.signal.addEventListener('abort', () => reject(request.signal.reason)),
        ),
    }
    let outcome = ''
    const render = createPageRenderer({
      loadTemplate: async () => TEMPLATE,
      loadRenderPage: async () => async (input) => {
        outcome = await input.fetchApi('/api/v1/sessions').then(
          () => 'answered',
          (error: Error) => error.name,
        )
        return null
      },
      proxy: slowProxy,
      mode: 'emulator',
      budgetMs: 30,
    })
    const app = new Hono()
    app.all('*', (c) => render(c))
    const started = performance.now()
    await (await app.request('/')).text()
    expect(outcome).toBe('TimeoutError')
    expect(performance.now() - started).toBeLessThan(2_000)
  })

  it('starts the budget once the render code is loaded: a slow first import keeps the rows', async () => {
    let outcome = ''
    const render = createPageRenderer({
      loadTemplate: async () => TEMPLATE,
      loadRenderPage: async () => {
        await new Promise((resolve) => setTimeout(resolve, 100))
        return async (input) => {
          outcome = await input.fetchApi('/api/v1/sessions').then(
            () => 'answered',
            (error: Error) => error.name,
          )
          return null
        }
      },
      proxy: { fetch: async () => new Response('{}') },
      mode: 'emulator',
      budgetMs: 30,
    })
    const app = new Hono()
    app.all('*', (c) => render(c))
    await (await app.request('/')).text()
    expect(outcome).toBe('answered')
  })
})

describe('pages rendered on the server, compressed', () => {
  it('sends Brotli or gzip to browsers that take them, the same page once decompressed', async () => {
    const { app } = appWith(async () => ({ html: '<p>rows</p>', state: STATE }))
    const plain = await (await app.request('/')).text()
    const cases = [
      ['gzip, deflate, br, zstd', 'br', brotliDecompressSync],
      ['gzip', 'gzip', gunzipSync],
    ] as const
    for (const [accept, encoding, decompress] of cases) {
      const response = await app.request('/', { headers: { 'Accept-Encoding': accept } })
      expect(response.headers.get('content-encoding')).toBe(encoding)
      const body = Buffer.from(await response.arrayBuffer())
      expect(decompress(body).toString('utf8')).toBe(plain)
    }
  })

  it('still sends the head before the render is done', async () => {
    let finish = () => {}
    const rendering = new Promise<void>((resolve) => (finish = resolve))
    const { app } = appWith(async () => {
      await rendering
      return { html: 'late', state: STATE }
    })
    const response = await app.request('/', { headers: { 'Accept-Encoding': 'gzip' } })
    const reader = response.body!.getReader()
    const head = TEMPLATE.slice(0, TEMPLATE.indexOf('</div>'))
    // A flushed gzip stream: what comes while the render waits decompresses to the whole head
    // (the read would wait forever, and the test time out, if part of it were held back).
    let received = Buffer.alloc(0)
    let inflated = ''
    while (inflated.length < head.length) {
      received = Buffer.concat([received, (await reader.read()).value!])
      inflated = gunzipSync(received, { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8')
    }
    expect(inflated).toBe(head)
    finish()
    while (!(await reader.read()).done);
  })
})

describe('the state as inert JSON', () => {
  const hostile = '</script><script>alert(1)</script><!-- \u2028\u2029 "quotes"'
  const body = JSON.stringify({ data: { sessions: [{ id: hostile, tags: [hostile] }] } })
  const state = { ...STATE, firstPage: { apiQuery: `page=1&tags=${hostile}`, body } }

  it('can close no element and open no comment, and reads back the values rendered from', () => {
    const text = serverStateJson(state)
    expect(text).not.toMatch(/<|\u2028|\u2029/)
    expect(JSON.parse(text)).toEqual({
      ...STATE,
      firstPage: { apiQuery: state.firstPage.apiQuery, data: JSON.parse(body) },
    })
  })

  it('carries the body as JSON, not as a string of JSON with every quote escaped', () => {
    const text = serverStateJson(state)
    // The only escaped quotes are the hostile text's own two, in the id, the tag and the query.
    expect(text.split('\\"').length - 1).toBe(3 * 2)
  })
})
