import { act, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  serverStateJson,
  type ApiAnswer,
  type ServerRenderResult,
} from '../contract/server-render.ts'
import type { Root } from 'react-dom/client'
import { prerender } from 'react-dom/static'
import { readServerState } from './app/server-state.ts'
import { startApp } from './app/start-app.tsx'
import { renderPage } from './entry-server.tsx'
import { STORAGE_KEYS } from './lib/browser-storage.ts'
import { formatShortDateTime, systemTimeZone } from './lib/date-time.ts'

const NOW = Date.parse('2026-11-01T12:00:00Z')
const CREATED_AT = '2026-10-31T22:30:00.000Z'
const session = (id: string) => ({
  id,
  status: 'completed',
  tags: ['production'],
  domains: ['example.com'],
  used_credits: 1.5,
  duration: 60,
  steps: 3,
  proxy_bytes: 2048,
  created_at: CREATED_AT,
  api_key_name: 'ci-key',
  batch_id: null,
  user_configuration: { session: { batch_id: 'batch-7' } },
})
const BODY = JSON.stringify({
  data: { sessions: [session('sess_a'), session('sess_b')], total: 2, page: 1, total_pages: 1 },
})
// A zone the machine running the tests is not in, so hydration sees two different zones.
const SERVER_ZONE = systemTimeZone() === 'Asia/Kolkata' ? 'America/Denver' : 'Asia/Kolkata'

function render(url: string, answer: ApiAnswer = { status: 200, body: BODY }) {
  const asked: string[] = []
  const rendered = renderPage({
    url,
    fetchApi: async (path) => {
      asked.push(path)
      return answer
    },
    timeZone: SERVER_ZONE,
    now: NOW,
    mode: 'emulator',
  })
  return { asked, rendered }
}

describe('the server render', () => {
  it('renders the list with the first page the API gave for the URL', async () => {
    const { asked, rendered } = render('/?status=completed')
    const result = (await rendered)!
    expect(asked).toEqual([
      '/api/v1/sessions?page=1&limit=20&sort_by=created_at&sort_order=desc&status=completed',
    ])
    expect(result.state).toEqual({
      timeZone: SERVER_ZONE,
      now: NOW,
      mode: 'emulator',
      firstPage: {
        apiQuery: 'page=1&limit=20&sort_by=created_at&sort_order=desc&status=completed',
        body: BODY,
      },
    })
    expect(result.html).toMatch(/<tbody [^>]*data-session-rows/)
    expect(result.html).toContain('aria-label="Session sess_a"')
    // Times in the zone it was told, not the machine's.
    expect(result.html).toContain(formatShortDateTime(CREATED_AT, SERVER_ZONE, NOW))
  })

  it('leaves the rows to the browser when the API fails or sends what the app cannot read', async () => {
    for (const answer of [
      { status: 503, body: '{"error":{"code":503,"message":"Service Unavailable"}}' },
      { status: 200, body: '{"data":{}}' },
      { status: 200, body: 'not json' },
    ]) {
      const result = (await render('/', answer).rendered)!
      expect(result.state.firstPage).toBeNull()
      expect(result.html).not.toContain('data-session-rows')
      expect(result.html).toContain('Loading sessions…')
    }
  })

  it('leaves no timer behind that would keep the render (and its data) alive', async () => {
    // A query's garbage collection is a timer of minutes; one per render held every render's
    // client and rows in memory under load. Timers of a minute or more are counted here.
    const pending = new Set<unknown>()
    const realSet = globalThis.setTimeout
    const realClear = globalThis.clearTimeout
    vi.spyOn(globalThis, 'setTimeout').mockImplementation(((callback: () => void, ms?: number) => {
      const id = realSet(callback, ms)
      if ((ms ?? 0) >= 60_000) pending.add(id)
      return id
    }) as typeof setTimeout)
    vi.spyOn(globalThis, 'clearTimeout').mockImplementation((id) => {
      pending.delete(id)
      realClear(id)
    })
    try {
      const result = (await render('/?status=completed').rendered)!
      expect(result.html).toContain('aria-label="Session sess_a"')
      expect(pending.size).toBe(0)
    } finally {
      vi.restoreAllMocks()
      for (const id of pending) realClear(id as ReturnType<typeof setTimeout>)
    }
  })

  it('renders only the list page', async () => {
    expect(await render('/sessions/sess_a').rendered).toBeNull()
    expect(await render('/nowhere').rendered).toBeNull()
  })
})

describe('hydrating what the server rendered', () => {
  const problems: unknown[] = []
  const onError = (event: ErrorEvent) => problems.push(event.error)
  beforeEach(() => {
    problems.length = 0
    window.addEventListener('error', onError)
    vi.spyOn(console, 'error').mockImplementation((...args) => {
      // React's development build notices the server's and the browser's renderer sharing
      // contexts, which only this test makes them do.
      if (!String(args[0]).startsWith('Detected multiple renderers')) problems.push(args)
    })
  })
  let mounted: Root | undefined
  afterEach(() => {
    act(() => mounted?.unmount())
    window.removeEventListener('error', onError)
    vi.restoreAllMocks()
    document.body.innerHTML = ''
    localStorage.clear()
  })

  async function hydrate(result: ServerRenderResult, url: string) {
    // Server and browser share this test's modules. A server render leaves the contexts it
    // provided set (its last render's values), which the browser's router would take for a
    // router around it; rendering an empty tree on the server side puts them back.
    await prerender(<></>)
    window.history.replaceState(null, '', url)
    const state = `<script type="application/json" id="server-state">${serverStateJson(result.state)}</script>`
    document.body.innerHTML = `<div id="root">${result.html}</div>${state}`
    const root = document.getElementById('root')!
    const committed = vi.fn()
    await act(async () => {
      mounted = startApp(root, readServerState(document), committed)
    })
    // Held early clicks are replayed from here: once, and with the page's handlers attached.
    expect(committed).toHaveBeenCalledOnce()
    return root
  }

  it('hydrates without a mismatch, then shows the browser’s zone and its own columns', async () => {
    // This browser hides Steps and shows Batch; the server cannot know and renders the defaults.
    localStorage.setItem(STORAGE_KEYS.columns, JSON.stringify({ steps: false, batch_id: true }))
    const result = (await render('/?status=completed').rendered)!
    expect(result.html).toContain('>Steps<')

    const root = await hydrate(result, '/?status=completed')
    expect(problems).toEqual([])
    const table = within(root).getByRole('table')
    expect(within(table).queryByRole('columnheader', { name: 'Steps' })).toBeNull()
    expect(within(table).getByRole('columnheader', { name: 'Batch' })).toBeTruthy()
    const browserTime = formatShortDateTime(CREATED_AT, systemTimeZone(), NOW)
    expect(within(table).getAllByText(browserTime, { exact: false })).toHaveLength(2)
    expect(screen.getByRole('button', { name: `Time zone: ${systemTimeZone()}` })).toBeTruthy()
  })

  it('hydrates a page the server rendered without rows, and the browser fetches them', async () => {
    const result = (await render('/', { status: 503, body: '{}' }).rendered)!
    const fetched = vi
      .spyOn(globalThis, 'fetch')
      .mockImplementation(
        async () => new Response(BODY, { headers: { 'content-type': 'application/json' } }),
      )
    const root = await hydrate(result, '/')
    await vi.waitFor(() =>
      expect(within(root).getAllByRole('row', { name: /^Session / })).toHaveLength(2),
    )
    expect(fetched).toHaveBeenCalled()
    expect(problems).toEqual([])
  })
})
