import {
  constants,
  createBrotliCompress,
  createGzip,
  type BrotliCompress,
  type Gzip,
} from 'node:zlib'

export type ContentEncoding = 'br' | 'gzip'

/** Brotli where the browser takes it (all current ones do over HTTP), else gzip, else none. */
export function pickEncoding(acceptEncoding: string | undefined): ContentEncoding | null {
  const accepted = new Set(
    (acceptEncoding ?? '').split(',').map((part) => part.split(';')[0]!.trim().toLowerCase()),
  )
  if (accepted.has('br')) return 'br'
  if (accepted.has('gzip')) return 'gzip'
  return null
}

/** Fast settings: pages are compressed as they are sent, for each request. */
function compressor(encoding: ContentEncoding): BrotliCompress | Gzip {
  return encoding === 'br'
    ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
    : createGzip({ level: 6 })
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
