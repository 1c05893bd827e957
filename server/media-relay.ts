/**
 * `GET /api/v1/sessions/{id}/recordings/.../fetch` and `.../downloads/{id}/fetch`: a recording
 * or a downloaded file, streamed from the API (or the storage it points to) to the browser
 * with the key added on the way in and never handed on (media-fetch.ts). A Range header is
 * passed through, so a seek in a long recording fetches only the part it needs and answers 206.
 */
import type { Context } from 'hono'
import { apiError } from './api-error.ts'
import { fetchMedia, MediaFetchError } from './media-fetch.ts'
import { mediaResponse } from './media-response.ts'
import type { MediaKind } from './proxy-routes.ts'
import type { NodeEnv } from './request-target.ts'

/** nginx's "client closed request": only ever seen in our log, nobody is left to read it. */
const CLIENT_CLOSED = 499

export interface MediaRelayOptions {
  url: string
  kind: MediaKind
  apiKey: string
  /** Forwarded to the API hop in emulator mode only. */
  fault: string | undefined
  headersTimeoutMs: number
  /** One line when a transfer breaks off after its headers were sent; never the key. */
  log?: (line: string) => void
}

export async function relayMedia(
  c: Context<NodeEnv>,
  options: MediaRelayOptions,
): Promise<Response> {
  const disconnected = c.req.raw.signal
  try {
    const upstream = await fetchMedia({
      url: options.url,
      apiKey: options.apiKey,
      range: c.req.header('range'),
      fault: options.fault,
      signal: disconnected,
      headersTimeoutMs: options.headersTimeoutMs,
    })
    const breakConnection = (cause: unknown) => {
      const reason = cause instanceof Error ? (cause.cause ?? cause) : cause
      options.log?.(`media stream broke off upstream: ${String(reason).slice(0, 200)}`)
      const outgoing = c.env?.outgoing
      outgoing?.destroy()
      return outgoing !== undefined
    }
    return mediaResponse(upstream, options.kind, c.req.method, breakConnection)
  } catch (error) {
    if (disconnected.aborted) return new Response(null, { status: CLIENT_CLOSED })
    if (error instanceof MediaFetchError) return apiError(c, 502, error.message)
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      return apiError(c, 504, `The API did not answer within ${options.headersTimeoutMs} ms`)
    }
    return apiError(c, 502, 'The API could not be reached')
  }
}
