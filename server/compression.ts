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

/** Brotli where the browser takes it (all current ones do over HTTP), else gzip, else none. */
export function pickEncoding(acceptEncoding: string | undefined): ContentEncoding | null {
  const accepted = new Set(
    (acceptEncoding ?? '').split(',').map((part) => part.split(';')[0]!.trim().toLowerCase()),
  )
  if (accepted.has('br')) return 'br'
  if (accepted.has('gzip')) return 'gzip'
  return null
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
