/**
 * Test helpers for the server tests: a stand-in upstream that records what reaches it, and a
 * raw HTTP client that sends request targets exactly as written (fetch would normalize them).
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { Hono } from 'hono'
import { listen } from './listen.ts'

export interface RecordedRequest {
  method: string
  /** Path and query as received. */
  target: string
  headers: Record<string, string>
  /** Set when the caller gave up before the answer was sent. */
  aborted: boolean
}

export interface FakeUpstream {
  url: string
  requests: RecordedRequest[]
  /** What the next requests get; the default echoes the target as JSON. */
  handler: (request: Request) => Response | Promise<Response>
  close: () => Promise<void>
}

export async function startFakeUpstream(): Promise<FakeUpstream> {
  const fake: FakeUpstream = {
    url: '',
    requests: [],
    handler: (request) => Response.json({ data: { target: targetOf(request.url) } }),
    close: async () => {},
  }
  const app = new Hono()
  app.all('*', (c) => {
    const recorded: RecordedRequest = {
      method: c.req.method,
      target: targetOf(c.req.url),
      headers: Object.fromEntries(c.req.raw.headers),
      aborted: false,
    }
    fake.requests.push(recorded)
    c.req.raw.signal.addEventListener('abort', () => (recorded.aborted = true))
    return fake.handler(c.req.raw)
  })
  const server = await listen(app, { port: 0, host: '127.0.0.1' })
  fake.url = server.url
  fake.close = server.close
  return fake
}

function targetOf(url: string): string {
  const parsed = new URL(url)
  return parsed.pathname + parsed.search
}

export interface RawResponse {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

/** Sends `target` verbatim (dot segments, %2e, backslashes and all). */
export function rawRequest(
  baseUrl: string,
  target: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl)
  // Without a length Node sends a DELETE's body unframed, and the server sees garbage.
  const length =
    options.body === undefined ? {} : { 'content-length': `${Buffer.byteLength(options.body)}` }
  const headers = { ...length, ...options.headers }
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { hostname, port, path: target, method: options.method ?? 'GET', headers },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

/** Waits until `condition` holds, for things that happen after a response was sent. */
export async function eventually(condition: () => boolean, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}
