import type { Context } from 'hono'
import { getCookie } from 'hono/cookie'
import { stream } from 'hono/streaming'
import { EMULATOR_FAULT_HEADER } from '../contract/anchor-api.ts'
import {
  ROOT_ELEMENT,
  SERVER_STATE_ID,
  TIME_ZONE_COOKIE,
  isTimeZone,
  type ApiAnswer,
  type RenderPage,
  type ServerRenderState,
} from '../contract/server-render.ts'
import { compressedWriter, pickEncoding } from './compression.ts'
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

/**
 * JSON for inside a `<script type="application/json">`: `<` is escaped so no value can close
 * the element or open a comment, and U+2028/2029 for old parsers; JSON.parse reads it back
 * unchanged.
 */
export function inertJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
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
 * the moment this is called.
 */
function budgetedFetch(
  c: Context,
  url: URL,
  budgetMs: number,
  options: Pick<PageRendererOptions, 'proxy' | 'mode'>,
): (pathAndQuery: string) => Promise<ApiAnswer> {
  const fault = c.req.header(EMULATOR_FAULT_HEADER)
  // Node may collect an abort signal that only other signals refer to before it fires, so the
  // budget is held here and waited on directly: the render stops waiting when it runs out,
  // whether or not the abort reaches the proxy's own upstream call.
  const budget = AbortSignal.timeout(budgetMs)
  const signal = AbortSignal.any([c.req.raw.signal, budget])
  const outOfBudget = new Promise<never>((_resolve, reject) => {
    const stop = () => reject((budget.reason ?? c.req.raw.signal.reason) as Error)
    budget.addEventListener('abort', stop, { once: true })
    c.req.raw.signal.addEventListener('abort', stop, { once: true })
  })
  outOfBudget.catch(() => undefined)
  return async (pathAndQuery) => {
    const headers: Record<string, string> = { accept: 'application/json' }
    if (options.mode === 'emulator' && fault) headers[EMULATOR_FAULT_HEADER] = fault
    const request = new Request(new URL(pathAndQuery, url.origin), { headers, signal })
    const answer = await Promise.race([options.proxy.fetch(request), outOfBudget])
    return { status: answer.status, body: await Promise.race([answer.text(), outOfBudget]) }
  }
}

/**
 * Serves the app's HTML pages: the list page rendered on the server with its first page of
 * sessions (so its rows are on screen before any script has run), every other page as the
 * plain shell the browser renders. The answer streams: the head first, the rest once the
 * render is done.
 */
export function createPageRenderer(options: PageRendererOptions) {
  const budgetMs = options.budgetMs ?? RENDER_DATA_BUDGET_MS

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
      let rendered: { html: string; state: ServerRenderState } | null = null
      try {
        // Loaded before the budget starts: the first page after a start would otherwise spend
        // it importing the render code and go out without its rows.
        const renderPage = await options.loadRenderPage()
        rendered = await renderPage({
          url: target,
          fetchApi: budgetedFetch(c, url, budgetMs, options),
          timeZone: timeZoneOf(c),
          now: options.now?.() ?? Date.now(),
          mode: options.mode,
        })
      } catch (error) {
        options.logError?.(error)
      }
      if (!rendered) {
        await out.write(`${ROOT_CLOSE}${after}`)
      } else {
        const state = `<script type="application/json" id="${SERVER_STATE_ID}">${inertJson(rendered.state)}</script>`
        await out.write(`${rendered.html}${ROOT_CLOSE}${state}${after}`)
      }
      await out.end()
    })
  }
}
