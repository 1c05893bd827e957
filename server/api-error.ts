import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ApiErrorBody } from '../contract/anchor-api.ts'

/**
 * Errors the server makes itself use the provider's shape, so the browser client parses
 * a refusal by the proxy exactly like one from the API.
 */
export function apiError(c: Context, status: ContentfulStatusCode, message: string): Response {
  const body: ApiErrorBody = { error: { code: status, message } }
  c.header('Cache-Control', 'no-store')
  c.header('X-Content-Type-Options', 'nosniff')
  return c.json(body, status)
}
