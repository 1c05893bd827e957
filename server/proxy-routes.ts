/**
 * The proxy's allow-list, as a pure function of the raw request path. Every segment must match
 * one conservative pattern, which alone rules out dot segments, percent-encoding, backslashes
 * and empty segments, so nothing that URL normalization could reinterpret reaches the router.
 */

import { SESSION_ID_PATTERN } from '../contract/anchor-api.ts'

/** Every segment (`v1`, `sessions`, an id...) has the shape of a session id, or none at all. */
const SEGMENT = SESSION_ID_PATTERN

export type ProxyRoute =
  | { kind: 'malformed' }
  | { kind: 'not-found' }
  | { kind: 'meta' }
  /** `path` is the upstream path, built from checked segments only. */
  | { kind: 'upstream'; path: string }
  /** A recording or downloaded file, streamed through server/media-relay.ts. */
  | { kind: 'media'; path: string; media: MediaKind }

/** What a media path holds: it decides how the relay labels the bytes (media-response.ts). */
export type MediaKind = 'recording' | 'download'

export function matchProxyRoute(rawPath: string): ProxyRoute {
  const [empty, api, ...rest] = rawPath.split('/')
  if (empty !== '' || api !== 'api') return { kind: 'malformed' }
  if (rest.length === 0) return { kind: 'not-found' }
  if (!rest.every((segment) => SEGMENT.test(segment))) return { kind: 'malformed' }

  const [version, resource, id, sub, item, action, ...extra] = rest
  if (version === 'meta' && rest.length === 1) return { kind: 'meta' }
  if (version !== 'v1' || extra.length > 0) return { kind: 'not-found' }
  if (resource === 'billing' && id === undefined) return { kind: 'upstream', path: '/v1/billing' }
  if (resource !== 'sessions') return { kind: 'not-found' }
  if (id === undefined) return { kind: 'upstream', path: '/v1/sessions' }
  // The provider resolves `/v1/sessions/history` as the usage endpoint, not as a session id.
  if (sub === undefined) return { kind: 'upstream', path: `/v1/sessions/${id}` }
  if (id === 'history' || (sub !== 'recordings' && sub !== 'downloads')) {
    return { kind: 'not-found' }
  }
  const list = `/v1/sessions/${id}/${sub}`
  if (item === undefined) return { kind: 'upstream', path: list }
  // `recordings/primary/fetch` and `recordings/{id}/fetch`; `downloads/{id}/fetch`.
  if (action !== 'fetch') return { kind: 'not-found' }
  const media = sub === 'recordings' ? 'recording' : 'download'
  return { kind: 'media', path: `${list}/${item}/fetch`, media }
}
