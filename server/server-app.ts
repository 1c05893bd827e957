import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { ME_PATH, type MeResponse } from '../contract/auth.ts'
import type { RenderPage } from '../contract/server-render.ts'
import { apiError } from './api-error.ts'
import { accessLog } from './auth/access-log.ts'
import type { Auth } from './auth/auth.ts'
import { requireSignIn, userOf } from './auth/guard.ts'
import { createAuthRoutes } from './auth/routes.ts'
import { hostCheck } from './host-check.ts'
import { createPageRenderer } from './page-render.ts'
import { createProxyApp, type ProxyOptions } from './proxy.ts'
import { isUnsafeRawPath, rawTarget, splitTarget, type NodeEnv } from './request-target.ts'
import { refuseWithPage, URL_TOO_LONG } from './refusal-page.ts'
import { securityHeaders } from './security-headers.ts'
import { createStaticApp } from './static-files.ts'

export interface ServerAppOptions {
  /** The output of `vite build`. */
  distDir: string
  /**
   * The server-side entry's renderPage (`vite build --ssr`), for pages rendered here with their
   * data; without it every page is the plain index.html the browser renders.
   */
  loadRenderPage?: () => Promise<RenderPage>
  proxy: ProxyOptions
  /** Host names accepted besides localhost, 127.0.0.1 and [::1]. */
  allowedHosts?: readonly string[]
  /** The port Host headers must name; defaults to the port each request arrived on. */
  port?: number
  maxUrlLength?: number
  maxBodyBytes?: number
  /**
   * Sign-in in front of everything but the sign-in flow (server/auth/). Without it the server
   * is open to whoever reaches it, which server/auth/bind-policy.ts keeps to loopback.
   */
  auth?: Auth
  /** Receives one line per request, naming its user (server/auth/access-log.ts). */
  log?: (line: string) => void
}

/** Long enough for any filter combination the dashboard builds, short of abuse. */
export const MAX_URL_LENGTH = 8 * 1024
/** The dashboard never sends a body; anything bigger than a form is refused unread. */
export const MAX_BODY_BYTES = 16 * 1024

/**
 * The production server as a Hono app: the built dashboard and the proxy in one origin, with
 * the guards that apply to both. Listening is left to the caller (server/listen.ts).
 */
export function createServerApp(options: ServerAppOptions): Hono<NodeEnv> {
  const maxUrlLength = options.maxUrlLength ?? MAX_URL_LENGTH
  const proxy = createProxyApp(options.proxy)
  const app = new Hono<NodeEnv>()

  // First, so that every answer below, refusals included, carries the headers.
  app.use(securityHeaders())
  app.use(hostCheck(options.allowedHosts, options.port))
  app.use(async (c, next) => {
    const target = rawTarget(c)
    if (target.length > maxUrlLength) {
      // A person pasted it into the address bar: a page, not JSON, for anything but the API.
      if (!/^\/api(?:[/?]|$)/.test(target)) return refuseWithPage(c, 414, URL_TOO_LONG)
      return apiError(c, 414, 'URL too long')
    }
    // The proxy checks its own paths strictly; this keeps tricks away from static files too.
    if (isUnsafeRawPath(splitTarget(target).path)) return apiError(c, 400, 'Malformed path')
    await next()
  })
  app.use(
    bodyLimit({
      maxSize: options.maxBodyBytes ?? MAX_BODY_BYTES,
      onError: (c) => apiError(c, 413, 'Request body too large'),
    }),
  )
  if (options.log) app.use(accessLog(options.log))
  if (options.auth) {
    app.use(requireSignIn(options.auth))
    app.route('/', createAuthRoutes(options.auth))
  }
  app.get(ME_PATH, (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json({ user: userOf(c) ?? null } satisfies MeResponse)
  })
  app.all('/api', (c) => proxy.fetch(c.req.raw, c.env))
  app.all('/api/*', (c) => proxy.fetch(c.req.raw, c.env))
  const { loadRenderPage } = options
  let template: Promise<string> | undefined
  const renderPage =
    loadRenderPage &&
    createPageRenderer({
      loadTemplate: () => (template ??= readFile(join(options.distDir, 'index.html'), 'utf8')),
      loadRenderPage,
      proxy,
      mode: options.proxy.mode,
      logError: (error) => console.error('Server render failed:', error),
    })
  app.route('/', createStaticApp(options.distDir, renderPage))
  app.notFound((c) => apiError(c, 404, 'Not found'))
  // No stack traces or messages leave the process; the log gets the details.
  app.onError((error, c) => {
    console.error(error)
    return apiError(c, 500, 'Internal server error')
  })
  return app
}
