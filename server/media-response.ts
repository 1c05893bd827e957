/**
 * What the browser gets for a recording or a file: the upstream's bytes, streamed as they
 * arrive (media-stream.ts: pulled only as fast as the client's socket drains, so nothing is
 * held whole in memory), under headers of our choosing. Recordings keep a video type so the
 * player can use them; downloaded files, whatever the site they came from called them, go out
 * as opaque attachments, so no file can run as a page on our origin.
 */
import type { ApiErrorBody } from '../contract/anchor-api.ts'
import { relayBody } from './media-stream.ts'
import type { MediaKind } from './proxy-routes.ts'

/** Headers of the byte stream worth passing on; everything else the upstream said is dropped. */
const PASSED_HEADERS = ['content-length', 'content-range', 'accept-ranges', 'last-modified']
const NOUN: Record<MediaKind, string> = { recording: 'recording', download: 'file' }

export function mediaResponse(
  upstream: Response,
  kind: MediaKind,
  method: string,
  breakConnection: (cause: unknown) => boolean,
): Response {
  const status = upstream.status
  if (status !== 200 && status !== 206 && status !== 416) {
    void upstream.body?.cancel()
    return mediaError(upstream, kind)
  }
  const headers = new Headers({
    'Content-Type': contentType(upstream.headers.get('content-type'), kind),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  })
  if (kind === 'download') headers.set('Content-Disposition', 'attachment')
  for (const name of PASSED_HEADERS) {
    const value = upstream.headers.get(name)
    if (value !== null) headers.set(name, value)
  }
  if (method === 'HEAD' || status === 416) {
    void upstream.body?.cancel()
    return new Response(null, { status, headers })
  }
  const body = upstream.body && relayBody(upstream.body, breakConnection)
  return new Response(body, { status, headers })
}

function contentType(upstream: string | null, kind: MediaKind): string {
  const type = upstream?.split(';')[0]?.trim().toLowerCase() ?? ''
  if (kind === 'recording' && /^video\/(?:mp4|webm)$/.test(type)) return type
  return 'application/octet-stream'
}

/**
 * The upstream's refusal in our words. Its own body is not relayed: it is not needed to say
 * what happened, and an error page could echo what it was sent.
 */
function mediaError(upstream: Response, kind: MediaKind): Response {
  const noun = NOUN[kind]
  const status = upstream.status
  const headers = new Headers({ 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' })
  let message: string
  let relayed: number
  if (status === 404 || status === 410) {
    ;[relayed, message] = [404, `The API has no such ${noun}, or it is no longer kept.`]
  } else if (status === 429) {
    relayed = 429
    message = `The API asked to slow down before sending this ${noun}.`
    const retryAfter = upstream.headers.get('retry-after')
    if (retryAfter && /^\d{1,6}$/.test(retryAfter.trim())) headers.set('Retry-After', retryAfter)
  } else if (status === 401 || status === 403) {
    ;[relayed, message] = [
      502,
      `The API or its storage refused access to this ${noun} (${status}).`,
    ]
  } else {
    ;[relayed, message] = [502, `The API failed to send this ${noun} (HTTP ${status}).`]
  }
  return Response.json({ error: { code: relayed, message } } satisfies ApiErrorBody, {
    status: relayed,
    headers,
  })
}
