import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { answerClientErrors } from './client-error.ts'

export interface Listening {
  url: string
  port: number
  close: () => Promise<void>
}

/**
 * Node's own limits bound how long a client may take to send its request: a slow-loris
 * connection is cut after HEADERS_TIMEOUT_MS. The proxy bounds the upstream side itself.
 */
export const HEADERS_TIMEOUT_MS = 10_000
const REQUEST_TIMEOUT_MS = 30_000
/**
 * Node checks those limits only this often (30 s by default, which let a slow-loris request
 * live some 27 s, not 10): each check walks the open connections, cheap at 1 s.
 */
export const CONNECTIONS_CHECKING_INTERVAL_MS = 1_000
/**
 * An idle keep-alive socket is closed after this. Node's 5 s default races clients that reuse a
 * socket just as the server closes it (a browser retries, Playwright's request client and
 * many HTTP libraries report ECONNRESET; a browser test met exactly that). 65 s also outlasts
 * the 60 s idle timeout of the usual load balancers in front. Idle time is not header time:
 * HEADERS_TIMEOUT_MS still cuts a slow-loris request.
 */
const KEEP_ALIVE_TIMEOUT_MS = 65_000

/** Anything with Hono's `fetch`, e.g. a Hono app. */
export type FetchApp = Pick<Parameters<typeof serve>[0], 'fetch'>

export interface ListenOptions {
  port: number
  host: string
  /** Tests shorten it to see the limit hold without waiting 10 s. */
  headersTimeoutMs?: number
}

export function listen(app: FetchApp, options: ListenOptions): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = serve({
      fetch: app.fetch,
      port: options.port,
      hostname: options.host,
      serverOptions: {
        headersTimeout: options.headersTimeoutMs ?? HEADERS_TIMEOUT_MS,
        requestTimeout: REQUEST_TIMEOUT_MS,
        connectionsCheckingInterval: CONNECTIONS_CHECKING_INTERVAL_MS,
        keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
      },
    })
    answerClientErrors(server)
    server.once('error', reject)
    server.once('listening', () => {
      const { port } = server.address() as AddressInfo
      const host = options.host.includes(':') ? `[${options.host}]` : options.host
      resolve({
        url: `http://${host}:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            // Keep-alive sockets would hold close() open until each client drops them; a
            // response still being streamed goes idle a moment later, hence the repeat.
            const sweep = setInterval(() => closeIdle(server), 20)
            server.close(() => {
              clearInterval(sweep)
              done()
            })
            closeIdle(server)
          }),
      })
    })
  })
}

function closeIdle(server: ReturnType<typeof serve>): void {
  if ('closeIdleConnections' in server) server.closeIdleConnections()
}
