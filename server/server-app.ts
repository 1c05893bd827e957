import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { RenderPage } from '../contract/server-render.ts'
import { apiError } from './api-error.ts'
import { hostCheck } from './host-check.ts'
import { createPageRenderer } from './page-render.ts'
import { createProxyApp, type ProxyOptions } from './proxy.ts'
import { isUnsafeRawPath, rawTarget, splitTarget, type NodeEnv } from './request-target.ts'
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
    if (target.length > maxUrlLength) return apiError(c, 414, 'URL too long')
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
      now: options.proxy.now,
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
