/**
 * A stand-in for the provider's file storage: the pre-signed URLs that recordings redirect to
 * and downloads hand out. A URL is valid for ten minutes and signed with a secret of this
 * emulator's run. Like a real store, it takes its authority from the signature alone and
 * refuses a request that also carries an API key: a proxy that forwarded the key to storage
 * fails here instead of passing unnoticed.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { API_KEY_HEADER } from '../../contract/anchor-api.ts'
import { serveBytes } from './byte-ranges.ts'
import { errorResponse } from './errors.ts'

const LIFETIME_MS = 10 * 60_000
export const STORAGE_PREFIX = '/storage'

export interface StoredObject {
  bytes: Uint8Array<ArrayBuffer>
  contentType: string
}

export interface Storage {
  /** An absolute pre-signed URL for the object at `key` (e.g. `sess_x/rec_y`). */
  sign: (origin: string, key: string, options: { cut: boolean }) => string
  serve: (
    request: Request,
    find: (key: string) => StoredObject | null,
    breakConnection: () => boolean,
  ) => Response
}

export function createStorage(nowMs: () => number = Date.now): Storage {
  const secret = randomBytes(32)
  const signature = (payload: string) =>
    createHmac('sha256', secret).update(payload).digest('base64url')
  const payloadOf = (path: string, expires: string, cut: string) => `${path}\n${expires}\n${cut}`

  return {
    sign(origin, key, { cut }) {
      const path = `${STORAGE_PREFIX}/${key}`
      const expires = String(nowMs() + LIFETIME_MS)
      const query = new URLSearchParams({ expires, cut: cut ? '1' : '0' })
      query.set('signature', signature(payloadOf(path, expires, query.get('cut')!)))
      return `${origin}${path}?${query}`
    },
    serve(request, find, breakConnection) {
      if (request.headers.has(API_KEY_HEADER)) {
        return errorResponse(400, 'Pre-signed URLs take no API key: this request carried one')
      }
      const url = new URL(request.url)
      const expires = url.searchParams.get('expires') ?? ''
      const cut = url.searchParams.get('cut') ?? ''
      const given = Buffer.from(url.searchParams.get('signature') ?? '')
      const expected = Buffer.from(signature(payloadOf(url.pathname, expires, cut)))
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return errorResponse(403, 'Signature does not match')
      }
      if (!(Number(expires) > nowMs())) return errorResponse(403, 'Request has expired')
      const object = find(url.pathname.slice(STORAGE_PREFIX.length + 1))
      if (!object) return errorResponse(404, 'No such object')
      return serveBytes(object.bytes, {
        range: request.headers.get('range') ?? undefined,
        contentType: object.contentType,
        cut: cut === '1' ? breakConnection : undefined,
      })
    },
  }
}
