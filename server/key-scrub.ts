/**
 * The API key must never reach the browser, even when the upstream reflects it ("Invalid API
 * key: <key>" in an error body, a header, or a 200 body that the server render would embed in
 * the page). Everything the proxy relays passes through a scrubber made from the key.
 */

/** What stands in for the key wherever it was echoed. */
export const SCRUBBED = '[redacted]'

export type Scrub = (text: string) => string

/**
 * Replaces the key in the forms an upstream is likely to echo it: as sent, escaped inside a
 * JSON string, and percent-encoded (as in a URL or a query string it quotes back).
 */
export function keyScrubber(apiKey: string): Scrub {
  const forms = [
    ...new Set([apiKey, JSON.stringify(apiKey).slice(1, -1), encodeURIComponent(apiKey)]),
  ].filter((form) => form !== '')
  if (forms.length === 0) return (text) => text
  // Longest first, so a form that contains another is replaced whole.
  forms.sort((a, b) => b.length - a.length)
  const pattern = new RegExp(forms.map(escapeRegExp).join('|'), 'g')
  return (text) => text.replace(pattern, SCRUBBED)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
