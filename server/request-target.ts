import type { HttpBindings } from '@hono/node-server'
import type { Context } from 'hono'

/** Hono env of apps run by @hono/node-server; absent when a test calls `app.request()`. */
export type NodeEnv = { Bindings: Partial<HttpBindings> }

/**
 * The request target exactly as the client sent it. The Node adapter (like any WHATWG URL
 * parser) resolves `..`, `%2e%2e` and backslashes before Hono sees the path, so a trick such as
 * `/api/v1/sessions/%2e%2e/x` would arrive looking innocent; path checks must read this instead.
 */
export function rawTarget(c: Context<NodeEnv>): string {
  const raw = c.env?.incoming?.url
  if (raw !== undefined) return raw
  const url = new URL(c.req.url)
  return url.pathname + url.search
}

/** Splits a raw target into its path and its query string (with the `?`, or empty). */
export function splitTarget(target: string): { path: string; query: string } {
  const at = target.indexOf('?')
  return at === -1
    ? { path: target, query: '' }
    : { path: target.slice(0, at), query: target.slice(at) }
}

// `.` or `..` as a whole segment, also percent-encoded (`%2e`, `.%2e`, `%2e%2e`).
const DOT_SEGMENT = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/i
const ENCODED_SEPARATOR = /%2f|%5c/i

/**
 * True for a raw path that URL parsing would rewrite or that smuggles a separator: not
 * origin-form, dot segments, encoded slashes or backslashes, raw backslashes, empty segments.
 */
export function isUnsafeRawPath(path: string): boolean {
  return (
    !path.startsWith('/') ||
    path.includes('\\') ||
    path.includes('//') ||
    ENCODED_SEPARATOR.test(path) ||
    DOT_SEGMENT.test(path)
  )
}
