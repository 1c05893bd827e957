import type { MiddlewareHandler } from 'hono'
import { apiError } from './api-error.ts'
import type { NodeEnv } from './request-target.ts'

/** Names that always reach a server bound to this machine. */
export const DEFAULT_ALLOWED_HOSTS = ['localhost', '127.0.0.1', '[::1]'] as const

/**
 * True when `host` (a Host header) names one of `names`, either exactly as listed (an entry
 * may carry its own port) or with `port`, the port the server listens on, or without a port.
 */
export function isAllowedHost(host: string, names: ReadonlySet<string>, port?: number): boolean {
  const value = host.toLowerCase()
  if (names.has(value)) return true
  const match = /^(.+):(\d{1,5})$/.exec(value)
  return match !== null && names.has(match[1] ?? '') && Number(match[2]) === port
}

/**
 * Refuses requests whose Host is not ours. This is the DNS-rebinding guard: a page on
 * evil.example whose name is re-pointed at 127.0.0.1 would otherwise read the account through
 * the proxy. `port` defaults to the port the request arrived on.
 */
export function hostCheck(
  extraHosts: readonly string[] = [],
  port?: number,
): MiddlewareHandler<NodeEnv> {
  const names = new Set<string>([
    ...DEFAULT_ALLOWED_HOSTS,
    ...extraHosts.map((h) => h.toLowerCase()),
  ])
  return async (c, next) => {
    const host = c.req.header('host') ?? new URL(c.req.url).host
    const actualPort = port ?? c.env?.incoming?.socket.localPort
    if (!isAllowedHost(host, names, actualPort)) {
      return apiError(c, 421, 'Unknown host: add it to ALLOWED_HOSTS to serve it')
    }
    await next()
  }
}
