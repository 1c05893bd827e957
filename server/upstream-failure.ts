/**
 * Why an upstream call failed, in words for the log. Node's fetch reports most failures as a
 * bare "fetch failed" with the reason in `cause`; without it a log holds only "502". Every line
 * passes through the key scrubber: some of these messages quote header values, and the key is
 * one of them.
 */
import type { Scrub } from './key-scrub.ts'

/** A status the proxy can relay: a final HTTP status. Anything else is the upstream's fault. */
export function isRelayableStatus(status: number): boolean {
  return Number.isInteger(status) && status >= 200 && status <= 599
}

/**
 * A key that cannot travel in a header (a line break pasted with it, a control character)
 * would fail every call in the same obscure way; this says so plainly, without the key.
 */
export function keyHeaderProblem(apiKey: string): string | null {
  // A header value is visible ASCII, spaces and tabs, and bytes from 0x80 (RFC 9110, 5.5).
  return /^[\t\x20-\x7e\x80-\xff]*$/.test(apiKey)
    ? null
    : 'ANCHOR_API_KEY holds a character a header cannot carry (a line break or control character): check how it was pasted'
}

/** The chain of messages and error codes of `error`, scrubbed, on one line. */
export function describeFailure(error: unknown, scrub: Scrub): string {
  const parts: string[] = []
  let current: unknown = error
  for (let depth = 0; current !== undefined && current !== null && depth < 4; depth++) {
    if (current instanceof Error) {
      const code = (current as { code?: unknown }).code
      parts.push(typeof code === 'string' ? `${current.message} (${code})` : current.message)
      current = current.cause
    } else {
      parts.push(String(current))
      break
    }
  }
  return scrub(parts.join(': ')).replace(/\s+/g, ' ').slice(0, 300)
}
