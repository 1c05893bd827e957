/**
 * The page a person gets when the server cannot even hand their address to the app: a URL
 * too long to read, a request the HTTP parser refused. A small HTML page of its own (the app's
 * code cannot run from an address the server will not serve), saying what went wrong and
 * leading back to the list. Plain markup only: no script, no inline style, so it holds under
 * the same Content-Security-Policy as the app.
 */
import { createHash } from 'node:crypto'
import type { Context } from 'hono'

export interface Refusal {
  title: string
  message: string
}

export const URL_TOO_LONG: Refusal = {
  title: 'This address is too long',
  message:
    'It is longer than the server accepts: it may have been pasted twice, or built by a tool. Start again from the session list.',
}

export const BAD_REQUEST: Refusal = {
  title: 'This request could not be read',
  message: 'The browser sent something the server cannot read. Start again from the session list.',
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * The page's only style, inline and allowed by its hash in the page's own CSP (below): the
 * app's stylesheet has a hashed name this server does not know, and the page should look like
 * the app (its card, its indigo button, light and dark) without a script or a request more.
 */
const STYLE = [
  ':root{color-scheme:light dark;font-family:system-ui,sans-serif;background:#f8fafc;color:#0f172a}',
  'body{margin:0;padding:5rem 1rem}',
  'main{max-width:28rem;margin:0 auto;padding:2.5rem 2rem;text-align:center;background:#fff;border:1px solid #e2e8f0;border-radius:.75rem}',
  'h1{margin:0 0 .75rem;font-size:1.25rem}',
  'p{margin:0 0 1.5rem;color:#475569;line-height:1.5}',
  'a{display:inline-block;padding:.5rem 1rem;border-radius:.375rem;background:#4f46e5;color:#fff;font-weight:500;text-decoration:none}',
  'a:hover{background:#6366f1}',
  'a:focus-visible{outline:2px solid #4f46e5;outline-offset:2px}',
  '@media (prefers-color-scheme:dark){:root{background:#020617;color:#f1f5f9}main{background:#0f172a;border-color:#1e293b}p{color:#94a3b8}}',
].join('')

export function refusalPage({ title, message }: Refusal): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)} · Anchor Sessions</title><style>${STYLE}</style></head>`,
    `<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>`,
    '<a href="/">Back to the sessions</a></main></body>',
    '</html>',
  ].join('\n')
}

/** The refusal page as a Hono answer; the app's security headers are added by its middleware. */
export function refuseWithPage(c: Context, status: 400 | 414, refusal: Refusal): Response {
  return c.body(refusalPage(refusal), status, {
    'Content-Type': REFUSAL_HEADERS['Content-Type'],
    'Cache-Control': REFUSAL_HEADERS['Cache-Control'],
    // Replaces the app's policy for this page: nothing but its own inline style.
    'Content-Security-Policy': REFUSAL_HEADERS['Content-Security-Policy'],
  })
}

/** Response headers of a refusal page: the production server's guards, strict as the page allows. */
export const REFUSAL_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'Content-Security-Policy': `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
} as const
