import type { Context } from 'hono'

/**
 * The browser tells us where a request comes from (Sec-Fetch-Site). Another site (even another
 * port of localhost, which is "same-site") has no business making this server call the API
 * with its key: not through the proxy, and not through a server render of a page it embeds in
 * an iframe or fetches with `no-cors`. Browsers that send no such header are not refused.
 */
export function isCrossSite(c: Context): boolean {
  const site = c.req.header('sec-fetch-site')
  return site === 'cross-site' || site === 'same-site'
}
