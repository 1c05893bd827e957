/**
 * The upstream body as our response body, pulled one chunk at a time only when the client's
 * socket has taken the last one (`highWaterMark: 0`), so a slow viewer slows the upstream
 * instead of filling our memory. When the upstream breaks off mid-file, the client's
 * connection is broken too: ending the response normally would pass a truncated file off as
 * whole, and letting the error reach the HTTP adapter would have it append an error text to
 * the bytes already sent.
 */
export function relayBody(
  body: ReadableStream<Uint8Array>,
  breakConnection: (cause: unknown) => boolean,
): ReadableStream<Uint8Array> {
  const reader = body.getReader()
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let chunk: ReadableStreamReadResult<Uint8Array>
        try {
          chunk = await reader.read()
        } catch (cause) {
          // Without a socket to break (an in-process request), the error itself must do.
          if (breakConnection(cause)) controller.close()
          else controller.error(cause)
          return
        }
        if (chunk.done) controller.close()
        else controller.enqueue(chunk.value)
      },
      cancel: (reason) => reader.cancel(reason),
    },
    { highWaterMark: 0 },
  )
}
