import type { MiddlewareHandler } from 'hono'
import { rawTarget, splitTarget, type NodeEnv } from '../request-target.ts'
import { userOf } from './guard.ts'

/**
 * One line per request naming who made it (`-` for nobody signed in): the path without its
 * query, never a header, cookie, token or the API key.
 */
export function accessLog(log: (line: string) => void): MiddlewareHandler<NodeEnv> {
  return async (c, next) => {
    const started = performance.now()
    await next()
    const ms = Math.round(performance.now() - started)
    const { path } = splitTarget(rawTarget(c))
    const user = userOf(c)?.name ?? '-'
    log(`${user} ${c.req.method} ${path.slice(0, 200)} ${c.res.status} ${ms}ms`)
  }
}
