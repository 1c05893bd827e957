import { randomBytes, timingSafeEqual } from 'node:crypto'
import { Hono, type Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { SIGN_IN_PATH, SIGN_OUT_PATH, type SignedInUser } from '../../contract/auth.ts'
import type { NodeEnv } from '../request-target.ts'
import type { Auth } from './auth.ts'
import { requestOrigin } from './forwarded.ts'
import { safeReturnPath, SESSION_COOKIE } from './guard.ts'
import { SESSION_ABSOLUTE_MS } from './session-store.ts'
import {
  renderSignInPage,
  SIGN_IN_STYLES,
  SIGN_IN_STYLES_PATH,
  SSO_START_PATH,
} from './sign-in-page.ts'

const CALLBACK_PATH = '/auth/callback'
/** The sign-in form's anti-forgery token, echoed in the form (double submit). */
const CSRF_COOKIE = 'anchor_csrf'
/** The key of a single sign-on started in this browser (server/auth/oidc.ts keeps the rest). */
const SSO_COOKIE = 'anchor_sso'

type C = Context<NodeEnv>

/** The sign-in flow under /auth/: the only routes a stranger reaches. */
export function createAuthRoutes(auth: Auth): Hono<NodeEnv> {
  const app = new Hono<NodeEnv>()
  const origin = (c: C) => requestOrigin(c, auth.trustedProxies)
  const cookie = (c: C, name: string, value: string, path: string, maxAgeSeconds: number) =>
    setCookie(c, name, value, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: origin(c).protocol === 'https',
      path,
      maxAge: maxAgeSeconds,
    })

  const page = (
    c: C,
    status: 200 | 401 | 403 | 429 | 502,
    shown: { error?: string; name?: string; returnTo?: string } = {},
  ) => {
    let csrf = getCookie(c, CSRF_COOKIE)
    if (!csrf || csrf.length !== 43) {
      csrf = randomBytes(32).toString('base64url')
      cookie(c, CSRF_COOKIE, csrf, '/auth/', 24 * 60 * 60)
    }
    const returnTo = shown.returnTo ?? safeReturnPath(c.req.query('return'))
    c.header('Cache-Control', 'no-store')
    const html = renderSignInPage({
      sso: auth.sso !== undefined,
      passwords: auth.passwords !== undefined,
      returnTo,
      csrf,
      error: shown.error,
      name: shown.name,
    })
    return c.html(html, status)
  }

  const signIn = (c: C, user: SignedInUser, returnTo: string) => {
    cookie(c, SESSION_COOKIE, auth.sessions.create(user), '/', SESSION_ABSOLUTE_MS / 1000)
    auth.log(`signed in: ${user.name} (${user.method}) from ${origin(c).address}`)
    return c.redirect(returnTo, 303)
  }

  app.get(SIGN_IN_STYLES_PATH, (c) => {
    c.header('Cache-Control', 'no-cache')
    return c.body(SIGN_IN_STYLES, 200, { 'Content-Type': 'text/css; charset=utf-8' })
  })

  app.get(SIGN_IN_PATH, (c) => {
    if (auth.sessions.read(getCookie(c, SESSION_COOKIE))) {
      return c.redirect(safeReturnPath(c.req.query('return')), 302)
    }
    return page(c, 200)
  })

  app.post(SIGN_IN_PATH, async (c) => {
    if (!auth.passwords) return c.notFound()
    const form = await c.req.parseBody()
    const field = (key: string) => (typeof form[key] === 'string' ? form[key] : '')
    const returnTo = safeReturnPath(field('return'))
    if (
      isCrossSite(c, origin(c).protocol) ||
      !sameToken(field('csrf'), getCookie(c, CSRF_COOKIE))
    ) {
      const error = 'This form expired or came from another site. Please sign in again.'
      return page(c, 403, { error, returnTo })
    }
    const name = field('name').trim()
    const result = await auth.passwords.check(name, field('password'), origin(c).address)
    if (result.ok) return signIn(c, { name: result.name, method: 'password' }, returnTo)
    if (result.reason === 'locked') {
      const minutes = Math.ceil(result.retryAfterMs / 60_000)
      c.header('Retry-After', String(Math.ceil(result.retryAfterMs / 1000)))
      auth.log(`sign-in refused (locked) from ${origin(c).address}`)
      const error = `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`
      return page(c, 429, { error, name, returnTo })
    }
    auth.log(`sign-in refused (wrong name or password) from ${origin(c).address}`)
    const error = 'That name and password do not match an account.'
    return page(c, 401, { error, name, returnTo })
  })

  app.get(SSO_START_PATH, async (c) => {
    if (!auth.sso) return c.notFound()
    const { protocol } = origin(c)
    const redirectUri = `${protocol}://${c.req.header('host')}${CALLBACK_PATH}`
    try {
      const { url, loginId } = await auth.sso.start(
        redirectUri,
        safeReturnPath(c.req.query('return')),
      )
      cookie(c, SSO_COOKIE, loginId, '/auth/', 10 * 60)
      c.header('Cache-Control', 'no-store')
      return c.redirect(url, 302)
    } catch (error) {
      auth.log(`single sign-on unavailable: ${error instanceof Error ? error.message : 'error'}`)
      return page(c, 502, {
        error: 'The sign-in provider could not be reached. Try again in a moment.',
      })
    }
  })

  app.get(CALLBACK_PATH, async (c) => {
    if (!auth.sso) return c.notFound()
    const loginId = getCookie(c, SSO_COOKIE)
    deleteCookie(c, SSO_COOKIE, { path: '/auth/' })
    const result = await auth.sso.finish(loginId, new URL(c.req.url))
    if (result.ok) return signIn(c, { name: result.email, method: 'sso' }, result.returnTo)
    auth.log(`single sign-on refused (${result.log}) from ${origin(c).address}`)
    return page(c, 403, { error: result.reason, returnTo: result.returnTo })
  })

  app.post(SIGN_OUT_PATH, (c) => {
    if (isCrossSite(c, origin(c).protocol)) return c.text('Cross-site requests are refused', 403)
    auth.sessions.destroy(getCookie(c, SESSION_COOKIE))
    deleteCookie(c, SESSION_COOKIE, { path: '/' })
    return c.redirect(SIGN_IN_PATH, 303)
  })
  return app
}

/**
 * A form posted from another site. Browsers say where a request comes from in Sec-Fetch-Site;
 * older ones only in Origin, which is `null` on our own pages (Referrer-Policy: no-referrer),
 * so only a foreign origin there counts. The sign-in form's token and the session cookie's
 * SameSite=Lax stand behind this check.
 */
function isCrossSite(c: C, protocol: string): boolean {
  const site = c.req.header('sec-fetch-site')
  if (site !== undefined) return site === 'cross-site' || site === 'same-site'
  const from = c.req.header('origin')
  return from !== undefined && from !== 'null' && from !== `${protocol}://${c.req.header('host')}`
}

function sameToken(given: string, expected: string | undefined): boolean {
  if (!expected || given.length !== expected.length) return false
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected))
}
