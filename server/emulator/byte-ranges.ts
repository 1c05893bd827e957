/**
 * Bytes served the way a file store serves them: one `Range: bytes=...` honoured with a 206,
 * an unsatisfiable one refused with a 416, anything else (several ranges, other units) ignored
 * for the whole file, as RFC 9110 allows. The `cut` fault breaks the connection at the file's
 * middle byte, as a storage node failing mid-transfer would; a range that starts past the
 * middle breaks before its first byte, so a client's retries cannot get around the fault.
 */

export interface ByteRange {
  start: number
  /** Inclusive. */
  end: number
}

/** The one range asked for, null for the whole file, 'unsatisfiable' past its end. */
export function parseRange(
  header: string | undefined,
  size: number,
): ByteRange | null | 'unsatisfiable' {
  const match = header?.trim().match(/^bytes=(\d*)-(\d*)$/)
  if (!match) return null
  const [, first = '', last = ''] = match
  if (first === '' && last === '') return null
  if (first === '') {
    const suffix = Number(last)
    if (suffix === 0) return 'unsatisfiable'
    return { start: Math.max(0, size - suffix), end: size - 1 }
  }
  const start = Number(first)
  if (start >= size) return 'unsatisfiable'
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1)
  return end < start ? null : { start, end }
}

export function serveBytes(
  bytes: Uint8Array<ArrayBuffer>,
  options: {
    range: string | undefined
    contentType: string
    /**
     * Set for the `cut` fault: breaks the client's connection and says whether it could (not
     * in process, where the stream's error must do instead).
     */
    cut?: () => boolean
  },
): Response {
  const size = bytes.byteLength
  const range = parseRange(options.range, size)
  const headers = new Headers({ 'Content-Type': options.contentType, 'Accept-Ranges': 'bytes' })
  if (range === 'unsatisfiable') {
    headers.set('Content-Range', `bytes */${size}`)
    return new Response(null, { status: 416, headers })
  }
  const { start, end } = range ?? { start: 0, end: size - 1 }
  const part = bytes.subarray(start, end + 1)
  headers.set('Content-Length', String(part.byteLength))
  if (range) headers.set('Content-Range', `bytes ${start}-${end}/${size}`)
  const middle = Math.floor(size / 2)
  const body =
    options.cut && end >= middle
      ? cutStream(part.subarray(0, Math.max(0, middle - start)), options.cut)
      : part
  return new Response(body, { status: range ? 206 : 200, headers })
}

/** The bytes before the middle, then the server breaks the connection short of its length. */
function cutStream(
  /** What is sent before the break. */
  part: Uint8Array<ArrayBuffer>,
  breakConnection: () => boolean,
): ReadableStream<Uint8Array> {
  let sent = false
  return new ReadableStream({
    pull(controller) {
      if (!sent && part.byteLength > 0) controller.enqueue(part.slice())
      // Closing after a broken connection ends nothing more; erroring discards what is queued,
      // so it waits until the bytes before the break have been read.
      else if (breakConnection()) controller.close()
      else controller.error(new Error('emulated cut: the stream stops half way'))
      sent = true
    },
  })
}
