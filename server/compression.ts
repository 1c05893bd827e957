/** Compression of what the server makes per request: pages as they stream, API answers whole. */
import { promisify } from 'node:util'
import {
  brotliCompress,
  constants,
  createBrotliCompress,
  createGzip,
  gzip,
  type BrotliCompress,
  type Gzip,
} from 'node:zlib'

export type ContentEncoding = 'br' | 'gzip'

/** Below this a compressed copy saves less than its headers cost. */
export const MIN_COMPRESSED_BYTES = 1024

/**
 * The q-value of each coding in an Accept-Encoding header (RFC 9110, 12.5.3): `br;q=0` means
 * "not Brotli", and `*` stands for every coding not listed by name.
 */
function qualities(acceptEncoding: string): Map<string, number> {
  const listed = new Map<string, number>()
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase())
    if (name === '') continue
    const q = params.find((param) => /^q\s*=/.test(param))
    const value = q === undefined ? 1 : Number(q.slice(q.indexOf('=') + 1).trim())
    listed.set(name, Number.isFinite(value) ? Math.min(Math.max(value, 0), 1) : 0)
  }
  return listed
}

/** Our codings, best first: Brotli where the browser takes it as readily as gzip. */
const PREFERENCE: readonly ContentEncoding[] = ['br', 'gzip']

/** The coding to send: the one the browser weighs highest (Brotli on a tie), or none. */
export function pickEncoding(acceptEncoding: string | undefined): ContentEncoding | null {
  const listed = qualities(acceptEncoding ?? '')
  const wildcard = listed.get('*') ?? 0
  let best: ContentEncoding | null = null
  let bestQ = 0
  for (const encoding of PREFERENCE) {
    const q = listed.get(encoding) ?? wildcard
    if (q > bestQ) {
      best = encoding
      bestQ = q
    }
  }
  return best
}

/** Fast settings: what the server sends is compressed for each request, as it is sent. */
const BROTLI_OPTIONS = { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }
const GZIP_OPTIONS = { level: 6 }

function compressor(encoding: ContentEncoding): BrotliCompress | Gzip {
  return encoding === 'br' ? createBrotliCompress(BROTLI_OPTIONS) : createGzip(GZIP_OPTIONS)
}

const brotliCompressAsync = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** A whole body at once (an API answer), off the event loop's thread. */
export function compressText(
  text: string,
  encoding: ContentEncoding,
): Promise<Uint8Array<ArrayBuffer>> {
  return encoding === 'br'
    ? brotliCompressAsync(text, BROTLI_OPTIONS)
    : gzipAsync(text, GZIP_OPTIONS)
}

export interface CompressedWriter {
  /** Compresses `text` and sends all of it before resolving: nothing waits for the next part. */
  write: (text: string) => Promise<void>
  end: () => Promise<void>
}

/**
 * A compressing writer over `send`, for a page streamed in parts: each part is flushed as it is
 * written, so the page's head still leaves before its body is rendered.
 */
export function compressedWriter(
  encoding: ContentEncoding,
  send: (chunk: Uint8Array) => Promise<unknown>,
): CompressedWriter {
  const stream = compressor(encoding)
  const flushKind = encoding === 'br' ? constants.BROTLI_OPERATION_FLUSH : constants.Z_SYNC_FLUSH
  let sending: Promise<unknown> = Promise.resolve()
  stream.on('data', (chunk: Uint8Array) => {
    sending = sending.then(() => send(chunk))
  })
  const ended = new Promise<void>((resolve, reject) => {
    stream.once('end', resolve)
    stream.once('error', reject)
  })
  return {
    write: async (text) => {
      stream.write(text)
      await new Promise<void>((resolve) => stream.flush(flushKind, () => resolve()))
      await sending
    },
    end: async () => {
      stream.end()
      await ended
      await sending
    },
  }
}
