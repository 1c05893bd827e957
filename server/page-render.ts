import type { Context } from 'hono'
import { getCookie } from 'hono/cookie'
import { stream } from 'hono/streaming'
import { EMULATOR_FAULT_HEADER } from '../contract/anchor-api.ts'
import {
  ROOT_ELEMENT,
  SERVER_STATE_ID,
  TIME_ZONE_COOKIE,
  isTimeZone,
  serverStateJson,
  type ApiAnswer,
  type RenderPage,
  type ServerRenderResult,
} from '../contract/server-render.ts'
import { compressedWriter, pickEncoding } from './compression.ts'
import { isCrossSite } from './cross-site.ts'
import type { UpstreamMode } from '../contract/dashboard-api.ts'

/**
 * How long the server waits for the API before sending the list page without its rows: the
 * browser then asks for them itself. The page's head (stylesheet, scripts) goes out at once
 * either way, so the browser loads the app's code while the server waits.
 */
export const RENDER_DATA_BUDGET_MS = 1_000

export interface PageRendererOptions {
  /** index.html as built (or, in development, as Vite serves it for this URL). */
  loadTemplate: (url: string) => Promise<string>
  /** The server-side entry's renderPage (src/entry-server.tsx, built). */
  loadRenderPage: () => Promise<RenderPage>
  /** The read-only proxy (server/proxy.ts), asked in-process: the same policy, the same key. */
  proxy: { fetch: (request: Request) => Response | Promise<Response> }
  mode: UpstreamMode
  /** The upstream's clock where it is not the world's (the emulator's): the render's "now". */
  now?: () => number
  budgetMs?: number
  /** Where a failed render is reported; the page still goes out, rendered in the browser. */
  logError?: (error: unknown) => void
}

/** The time zone the browser reported in its cookie, if it is one; otherwise UTC. */
function timeZoneOf(c: Context): string {
  const reported = getCookie(c, TIME_ZONE_COOKIE)
  return reported && isTimeZone(reported) ? reported : 'UTC'
}

const ROOT_OPEN = ROOT_ELEMENT.slice(0, ROOT_ELEMENT.indexOf('</'))
const ROOT_CLOSE = ROOT_ELEMENT.slice(ROOT_OPEN.length)

/** Splits the template around the app's root element, which must be there exactly once. */
function splitAtRoot(template: string): { before: string; after: string } {
  const parts = template.split(ROOT_ELEMENT)
  if (parts.length !== 2) throw new Error(`index.html must hold ${ROOT_ELEMENT} exactly once`)
  return { before: `${parts[0]}${ROOT_OPEN}`, after: parts[1]! }
}

/**
 * The render's way to the API: through the proxy, with the emulator fault header of the page's
 * request (tests break the first page on purpose), and one budget for all the page's data from
 * the moment this is called. `dispose` must follow the render: it stops the budget's timer and
 * takes the listener off the page request's signal, which otherwise kept every render's
 * closures (and what they reached) alive for as long as Node kept that signal.
 */
function budgetedFetch(
  c: Context,
  url: URL,
  budgetMs: number,
  options: Pick<PageRendererOptions, 'proxy' | 'mode'>,
): { fetchApi: (pathAndQuery: string) => Promise<ApiAnswer>; dispose: () => void } {
  const fault = c.req.header(EMULATOR_FAULT_HEADER)
  const page = c.req.raw.signal
  const stop = new AbortController()
  const onPageAbort = () => stop.abort(page.reason)
  const timer = setTimeout(
    () => stop.abort(new DOMException(`No data within ${budgetMs} ms`, 'TimeoutError')),
    budgetMs,
  )
  if (page.aborted) onPageAbort()
  else page.addEventListener('abort', onPageAbort, { once: true })
  // The render stops waiting when the budget runs out, whether or not the abort reaches the
  // proxy's own upstream call.
  const outOfBudget = new Promise<never>((_resolve, reject) => {
    const fail = () => reject(stop.signal.reason as Error)
    if (stop.signal.aborted) fail()
    else stop.signal.addEventListener('abort', fail, { once: true })
  })
  outOfBudget.catch(() => undefined)
  const fetchApi = async (pathAndQuery: string): Promise<ApiAnswer> => {
    const headers: Record<string, string> = { accept: 'application/json' }
    if (options.mode === 'emulator' && fault) headers[EMULATOR_FAULT_HEADER] = fault
    const request = new Request(new URL(pathAndQuery, url.origin), {
      headers,
      signal: stop.signal,
    })
    const answer = await Promise.race([options.proxy.fetch(request), outOfBudget])
    return { status: answer.status, body: await Promise.race([answer.text(), outOfBudget]) }
  }
  const dispose = () => {
    clearTimeout(timer)
    page.removeEventListener('abort', onPageAbort)
    // Ends a proxy call still running past the render (and its outOfBudget waiters).
    stop.abort(new DOMException('The render is over', 'AbortError'))
  }
  return { fetchApi, dispose }
}

/**
 * The list page rendered with its data, or null: for pages the browser renders, when the
 * render fails (reported), and for requests from another site (see cross-site.ts), which go
 * out as the plain shell so the server never calls the API with its key for them. A person
 * who followed a link from elsewhere still sees the list, fetched by the browser itself.
 */
async function renderWithData(
  c: Context,
  url: URL,
  options: PageRendererOptions,
): Promise<ServerRenderResult | null> {
  if (isCrossSite(c)) return null
  // Loaded before the budget starts: the first page after a start would otherwise spend it
  // importing the render code and go out without its rows.
  let renderPage: RenderPage
  try {
    renderPage = await options.loadRenderPage()
  } catch (error) {
    options.logError?.(error)
    return null
  }
  const { fetchApi, dispose } = budgetedFetch(
    c,
    url,
    options.budgetMs ?? RENDER_DATA_BUDGET_MS,
    options,
  )
  try {
    return await renderPage({
      url: `${url.pathname}${url.search}`,
      fetchApi,
      timeZone: timeZoneOf(c),
      now: options.now?.() ?? Date.now(),
      mode: options.mode,
    })
  } catch (error) {
    options.logError?.(error)
    return null
  } finally {
    dispose()
  }
}

/**
 * Serves the app's HTML pages: the list page rendered on the server with its first page of
 * sessions (so its rows are on screen before any script has run), every other page as the
 * plain shell the browser renders. The answer streams: the head first, the rest once the
 * render is done.
 */
export function createPageRenderer(options: PageRendererOptions) {
  return async (c: Context): Promise<Response> => {
    const url = new URL(c.req.url)
    const target = `${url.pathname}${url.search}`
    const { before, after } = splitAtRoot(await options.loadTemplate(target))
    c.header('Content-Type', 'text/html; charset=utf-8')
    // The page holds the account's data: no shared cache may keep it.
    c.header('Cache-Control', 'private, no-store')
    c.header('Vary', 'Cookie, Accept-Encoding')
    // 170 KB of rows' HTML is about 15 KB compressed, where it matters: a real network.
    const encoding = pickEncoding(c.req.header('Accept-Encoding'))
    if (encoding) c.header('Content-Encoding', encoding)
    if (c.req.method === 'HEAD') return c.body(null)

    return stream(c, async (raw) => {
      const out = encoding
        ? compressedWriter(encoding, (chunk) => raw.write(chunk))
        : { write: (text: string) => raw.write(text).then(() => {}), end: async () => {} }
      await out.write(before)
      const rendered = await renderWithData(c, url, options)
      if (!rendered) {
        await out.write(`${ROOT_CLOSE}${after}`)
      } else {
        const state = `<script type="application/json" id="${SERVER_STATE_ID}">${serverStateJson(rendered.state)}</script>`
        await out.write(`${rendered.html}${ROOT_CLOSE}${state}${after}`)
      }
      await out.end()
    })
  }
}
