import type { Context, MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import { AUTH_PREFIX, SIGN_IN_PATH, type SignedInUser } from '../../contract/auth.ts'
import { apiError } from '../api-error.ts'
import { rawTarget, type NodeEnv } from '../request-target.ts'
import type { Auth } from './auth.ts'

export const SESSION_COOKIE = 'anchor_session'

/** Files a stranger may have: the sign-in flow's own, and what browsers and crawlers ask first. */
const PUBLIC_FILES = new Set(['/favicon.ico', '/robots.txt'])

const users = new WeakMap<Request, SignedInUser>()

/** The person signed in for this request, once the guard has let it through. */
export function userOf(c: Context): SignedInUser | undefined {
  return users.get(c.req.raw)
}

/**
 * In front of everything but the sign-in flow: without a live session nothing of the account is
 * served, rendered or asked of the API. A page asked for by a stranger redirects to sign-in,
 * carrying the path and query so the shared link opens once signed in; anything else is a 401.
 */
export function requireSignIn(auth: Auth): MiddlewareHandler<NodeEnv> {
  return async (c, next) => {
    const path = c.req.path
    if (path.startsWith(AUTH_PREFIX) || PUBLIC_FILES.has(path)) return next()
    const user = auth.sessions.read(getCookie(c, SESSION_COOKIE))
    if (user) {
      users.set(c.req.raw, user)
      return next()
    }
    c.header('Cache-Control', 'no-store')
    // The app shows this message where the data would be, e.g. once a session has expired.
    if (path === '/api' || path.startsWith('/api/')) {
      return apiError(c, 401, 'You are signed out: reload the page to sign in again.')
    }
    if (isPageRequest(c.req.method, path)) return c.redirect(signInUrl(rawTarget(c)), 302)
    return c.text('Sign in first', 401)
  }
}

/** A client route (no file extension, not under /assets/) asked for by GET or HEAD. */
function isPageRequest(method: string, path: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false
  const last = path.slice(path.lastIndexOf('/') + 1)
  return !path.startsWith('/assets/') && !/\.[A-Za-z0-9]{1,8}$/.test(last)
}

export function signInUrl(returnTo: string): string {
  return returnTo === '/' ? SIGN_IN_PATH : `${SIGN_IN_PATH}?return=${encodeURIComponent(returnTo)}`
}

/**
 * Where to go after signing in: only a path of this server. `//evil.example`, `/\evil`,
 * `https://...` or control characters would let a crafted link send a person elsewhere.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 8 * 1024) return '/'
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/'
  if (hasControlCharacter(value) || value.startsWith(AUTH_PREFIX)) return '/'
  const base = 'http://return.invalid'
  return new URL(value, base).origin === base ? value : '/'
}

function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code < 0x20 || code === 0x7f) return true
  }
  return false
}
