import { Hono } from 'hono'
import type { Context } from 'hono'
import { API_KEY_HEADER, EMULATOR_FAULT_HEADER } from '../contract/anchor-api.ts'
import type { DashboardMeta, UpstreamMode } from '../contract/dashboard-api.ts'
import { apiError } from './api-error.ts'
import {
  compressText,
  MIN_COMPRESSED_BYTES,
  pickEncoding,
  type ContentEncoding,
} from './compression.ts'
import { isCrossSite } from './cross-site.ts'
import { keyScrubber, type Scrub } from './key-scrub.ts'
import { relayMedia } from './media-relay.ts'
import { matchProxyRoute } from './proxy-routes.ts'
import { rawTarget, splitTarget, type NodeEnv } from './request-target.ts'
import {
  BodyTooLargeError,
  formatLimit,
  MAX_UPSTREAM_BODY_BYTES,
  readCappedText,
} from './upstream-body.ts'
import { describeFailure, isRelayableStatus, keyHeaderProblem } from './upstream-failure.ts'

export interface ProxyOptions {
  upstreamUrl: string
  apiKey: string
  mode: UpstreamMode
  /** Upper bound for one upstream call, headers and body. */
  timeoutMs?: number
  /** Cap on an upstream answer's body; past it the proxy answers 502. */
  maxBodyBytes?: number
  /**
   * Receives at most one line per request, with the cause of a failure; it never contains
   * headers, and causes are scrubbed of the key.
   */
  log?: (line: string, status: number) => void
}

export const DEFAULT_PROXY_TIMEOUT_MS = 15_000

const READ_METHODS = new Set(['GET', 'HEAD'])
const NULL_BODY_STATUSES = new Set([204, 205, 304])
/** nginx's "client closed request": only ever seen in our log, nobody is left to read it. */
const CLIENT_CLOSED = 499

/**
 * The read-only proxy in front of the Anchor API, shared by the Vite dev server and the
 * production server. It forwards GET/HEAD of the dashboard's five endpoints, adds the key on the
 * server side, and answers everything else itself without contacting the upstream.
 */
export function createProxyApp(options: ProxyOptions): Hono<NodeEnv> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_PROXY_TIMEOUT_MS
  const maxBodyBytes = options.maxBodyBytes ?? MAX_UPSTREAM_BODY_BYTES
  const base = options.upstreamUrl.replace(/\/+$/, '')
  const scrub = keyScrubber(options.apiKey)
  const keyProblem = keyHeaderProblem(options.apiKey)
  /** Why a request failed, for its log line (never sent to the browser). */
  const failures = new WeakMap<Request, string>()
  const app = new Hono<NodeEnv>()

  const handle = async (c: Context<NodeEnv>): Promise<Response> => {
    const { path, query } = splitTarget(rawTarget(c))
    const route = matchProxyRoute(path)
    if (route.kind === 'malformed') return apiError(c, 400, 'Malformed API path')
    if (route.kind === 'not-found') return apiError(c, 404, 'Not found')
    if (!READ_METHODS.has(c.req.method)) {
      c.header('Allow', 'GET, HEAD')
      return apiError(c, 405, 'Method not allowed: this dashboard only reads')
    }
    if (isCrossSite(c)) return apiError(c, 403, 'Cross-site requests are refused')
    if (route.kind === 'meta') {
      c.header('Cache-Control', 'no-store')
      const meta: DashboardMeta = { mode: options.mode }
      return c.json(meta)
    }
    if (route.kind === 'media') {
      return relayMedia(c, {
        url: `${base}${route.path}`,
        kind: route.media,
        apiKey: options.apiKey,
        fault: emulatorFault(c),
        headersTimeoutMs: timeoutMs,
        log: (line) => options.log?.(line, 502),
      })
    }
    return forward(c, `${base}${route.path}${query}`)
  }

  const emulatorFault = (c: Context<NodeEnv>) =>
    options.mode === 'emulator' ? c.req.header(EMULATOR_FAULT_HEADER) : undefined

  const forward = async (c: Context<NodeEnv>, url: string): Promise<Response> => {
    const fail = (status: 502 | 504, message: string, cause: string) => {
      failures.set(c.req.raw, cause)
      return apiError(c, status, message)
    }
    if (keyProblem) return fail(502, 'The API key of this server is malformed', keyProblem)
    // Only what the API needs: nothing the browser sent (cookies, its own key header, ...)
    // travels upstream, except the emulator's test-only fault header.
    const headers: Record<string, string> = {
      accept: 'application/json',
      [API_KEY_HEADER]: options.apiKey,
    }
    const fault = emulatorFault(c)
    if (fault) headers[EMULATOR_FAULT_HEADER] = fault

    const timeout = AbortSignal.timeout(timeoutMs)
    const disconnected = c.req.raw.signal
    try {
      // HEAD is answered from a GET so the body check below sees what a GET would return;
      // `redirect: 'error'` because following one would carry the key to another host.
      const upstream = await fetch(url, {
        headers,
        redirect: 'error',
        signal: AbortSignal.any([disconnected, timeout]),
      })
      if (!isRelayableStatus(upstream.status)) {
        await upstream.body?.cancel()
        const cause = `the API answered with status ${upstream.status}, which is not HTTP`
        return fail(502, 'The API gave an answer that is not HTTP', cause)
      }
      const body = scrub(await readCappedText(upstream, maxBodyBytes))
      return await relay(
        c.req.method,
        upstream,
        body,
        pickEncoding(c.req.header('accept-encoding')),
        scrub,
      )
    } catch (error) {
      if (disconnected.aborted) return new Response(null, { status: CLIENT_CLOSED })
      if (timeout.aborted) {
        const message = `The API did not answer within ${timeoutMs} ms`
        return fail(504, message, 'timed out')
      }
      const cause = describeFailure(error, scrub)
      if (error instanceof BodyTooLargeError) {
        return fail(502, `The API's answer was larger than ${formatLimit(error.limitBytes)}`, cause)
      }
      return fail(502, 'The API could not be reached', cause)
    }
  }

  app.use(async (c, next) => {
    const started = performance.now()
    await next()
    const ms = Math.round(performance.now() - started)
    const { path } = splitTarget(rawTarget(c))
    const cause = failures.get(c.req.raw)
    const line = `${c.req.method} ${path.slice(0, 200)} ${c.res.status} ${ms}ms`
    options.log?.(cause ? `${line} (${cause})` : line, c.res.status)
  })
  // Every request given to this app is an API request: the raw path decides, not Hono's router
  // (which sees the path after normalization).
  app.all('*', handle)
  return app
}

/**
 * Status, JSON body and Retry-After pass through, the key scrubbed from both should the API
 * have echoed it. Anything that is not JSON (an HTML error page
 * of a gateway, a truncated body) goes out as inert text so it can never render on our origin.
 * Bodies worth it go out compressed where the browser takes it: a list page of 50 sessions is
 * some 30 KB of JSON and 4 KB in Brotli, which is what a real network feels.
 */
async function relay(
  method: string,
  upstream: Response,
  body: string,
  encoding: ContentEncoding | null,
  scrub: Scrub,
): Promise<Response> {
  const json = isJsonType(upstream.headers.get('content-type')) && parsesAsJson(body)
  const headers = new Headers({
    'Content-Type': json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    Vary: 'Accept-Encoding',
  })
  const retryAfter = upstream.headers.get('retry-after')
  if (retryAfter) headers.set('Retry-After', scrub(retryAfter))
  const status = upstream.status
  const compressed = encoding !== null && Buffer.byteLength(body) >= MIN_COMPRESSED_BYTES
  if (compressed) headers.set('Content-Encoding', encoding)
  if (method === 'HEAD' || NULL_BODY_STATUSES.has(status)) {
    return new Response(null, { status, headers })
  }
  return new Response(compressed ? await compressText(body, encoding) : body, { status, headers })
}

function isJsonType(contentType: string | null): boolean {
  return contentType !== null && /^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType)
}

function parsesAsJson(body: string): boolean {
  try {
    JSON.parse(body)
    return true
  } catch {
    return false
  }
}
