import type { Context } from 'hono'
import type { NodeEnv } from '../request-target.ts'

/**
 * Who is asking, and over what. Behind a reverse proxy the socket's peer is the proxy; its
 * X-Forwarded-For and X-Forwarded-Proto are believed only when the peer is one of
 * TRUSTED_PROXIES, since anyone else could write them to dodge the rate limit.
 */
export interface RequestOrigin {
  /** The client's address, for rate limits and the log. */
  address: string
  /** The scheme the browser used: https makes the cookies Secure. */
  protocol: 'http' | 'https'
}

export function requestOrigin(c: Context<NodeEnv>, trusted: ReadonlySet<string>): RequestOrigin {
  const socket = c.env?.incoming?.socket
  const peer = normalizeAddress(socket?.remoteAddress ?? 'unknown')
  const ownProtocol = socket && 'encrypted' in socket && socket.encrypted ? 'https' : 'http'
  if (!trusted.has(peer)) return { address: peer, protocol: ownProtocol }
  const chain = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((item) => normalizeAddress(item.trim()))
    .filter((item) => item !== '')
  // The rightmost address no trusted proxy added is the client; anything left of it is hearsay.
  const client = chain.findLast((address) => !trusted.has(address)) ?? chain[0] ?? peer
  const forwarded = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase()
  const protocol = forwarded === 'https' || forwarded === 'http' ? forwarded : ownProtocol
  return { address: client, protocol }
}

/** `::ffff:10.0.0.1` is how Node reports IPv4 peers on a dual-stack socket. */
export function normalizeAddress(address: string): string {
  const bare = address.replace(/^\[|\]$/g, '').toLowerCase()
  return bare.startsWith('::ffff:') && bare.includes('.') ? bare.slice('::ffff:'.length) : bare
}
