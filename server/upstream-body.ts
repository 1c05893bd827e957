/**
 * Reads an upstream answer's body with a cap. A list page is about 30 KB; an answer of many
 * megabytes is a fault (or an attack through a compromised upstream), and buffering ten of
 * them at once once took the server's memory to 874 MB. The body is read chunk by chunk and
 * the upstream is cancelled as soon as the cap is passed, so no more than the cap is held.
 */

/** 4 MB: some 130 times a 50-row list page, far under what would strain the server. */
export const MAX_UPSTREAM_BODY_BYTES = 4 * 1024 * 1024

export class BodyTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`the API's answer is larger than ${formatLimit(limitBytes)}`)
    this.name = 'BodyTooLargeError'
  }
}

export function formatLimit(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes} bytes`
}

/** The body as UTF-8 text, or BodyTooLargeError once it passes `limitBytes`. */
export async function readCappedText(response: Response, limitBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > limitBytes) {
    await response.body?.cancel()
    throw new BodyTooLargeError(limitBytes)
  }
  if (!response.body) return ''
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  let received = 0
  let text = ''
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    received += chunk.value.byteLength
    if (received > limitBytes) {
      await reader.cancel()
      throw new BodyTooLargeError(limitBytes)
    }
    text += decoder.decode(chunk.value, { stream: true })
  }
  return text + decoder.decode()
}
