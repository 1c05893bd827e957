import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'

export interface Listening {
  url: string
  port: number
  close: () => Promise<void>
}

/**
 * Node's own limits bound how long a client may take to send its request: a slow-loris
 * connection is cut after HEADERS_TIMEOUT_MS. The proxy bounds the upstream side itself.
 */
const HEADERS_TIMEOUT_MS = 10_000
const REQUEST_TIMEOUT_MS = 30_000
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

export function listen(app: FetchApp, options: { port: number; host: string }): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = serve({
      fetch: app.fetch,
      port: options.port,
      hostname: options.host,
      serverOptions: {
        headersTimeout: HEADERS_TIMEOUT_MS,
        requestTimeout: REQUEST_TIMEOUT_MS,
        keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
      },
    })
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
