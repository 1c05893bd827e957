/**
 * The page a person gets when the server cannot even hand their address to the app: a URL
 * too long to read, a request the HTTP parser refused. A small HTML page of its own (the app's
 * code cannot run from an address the server will not serve), saying what went wrong and
 * leading back to the list. Plain markup only: no script, no inline style, so it holds under
 * the same Content-Security-Policy as the app.
 */
import type { Context } from 'hono'

export interface Refusal {
  title: string
  message: string
}

export const URL_TOO_LONG: Refusal = {
  title: 'This address is too long',
  message:
    'This address is longer than the server accepts; it may have been pasted twice, or built by a tool. Start again from the session list.',
}

export const BAD_REQUEST: Refusal = {
  title: 'This request could not be read',
  message: 'The browser sent something the server cannot read. Start again from the session list.',
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

export function refusalPage({ title, message }: Refusal): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${escapeHtml(title)} · Anchor Browser</title></head>`,
    `<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>`,
    '<p><a href="/">Back to the sessions</a></p></main></body>',
    '</html>',
  ].join('\n')
}

/** The refusal page as a Hono answer; the app's security headers are added by its middleware. */
export function refuseWithPage(c: Context, status: 400 | 414, refusal: Refusal): Response {
  return c.body(refusalPage(refusal), status, {
    'Content-Type': REFUSAL_HEADERS['Content-Type'],
    'Cache-Control': REFUSAL_HEADERS['Cache-Control'],
  })
}

/** Response headers of a refusal page: the production server's guards, for a page that needs none. */
export const REFUSAL_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
} as const
