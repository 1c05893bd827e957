import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { getRequestListener } from '@hono/node-server'
import { Hono } from 'hono'
import { ME_PATH, type MeResponse } from '../contract/auth.ts'
import type { RenderPage } from '../contract/server-render.ts'
import type { Plugin, PreviewServer, ViteDevServer } from 'vite'
import { loadEnv } from 'vite'
import { checkBind } from './auth/bind-policy.ts'
import { answerClientErrors } from './client-error.ts'
import { allowedHostsFromEnv, proxyTimeoutFromEnv } from './config.ts'
import { hostCheck } from './host-check.ts'
import { createPageRenderer } from './page-render.ts'
import { createProxyApp } from './proxy.ts'
import { REFUSAL_HEADERS, refusalPage, URL_TOO_LONG } from './refusal-page.ts'
import type { NodeEnv } from './request-target.ts'
import { MAX_URL_LENGTH } from './server-app.ts'
import { resolveUpstream } from './upstream.ts'

export interface AnchorServerPluginOptions {
  /**
   * The server-side entry (a module path of the app, such as `/src/entry-server.tsx`): the dev
   * server then renders pages with it as the production server does (server/page-render.ts).
   */
  ssrEntry?: string
}

/**
 * Mounts the read-only proxy (server/proxy.ts) on /api of `vite` and `vite preview`, so
 * development sees exactly the policy production enforces; with `ssrEntry`, `vite` also renders
 * the list page on the server, so hydration runs (and its warnings show) while developing.
 */
export function anchorServerPlugin(options: AnchorServerPluginOptions = {}): Plugin {
  return {
    name: 'anchor-server',
    apply: 'serve',
    configureServer: (server) => mountProxy(server, options.ssrEntry),
    configurePreviewServer: (server) => mountProxy(server),
  }
}

/** Whether Vite can decode `url` (as it does, with decodeURIComponent). */
function isDecodable(url: string): boolean {
  try {
    // The result is used: a bare call, thought free of side effects, is dropped by the bundler
    // that loads vite.config.ts, and the check with it.
    return typeof decodeURIComponent(url) === 'string'
  } catch {
    return false
  }
}

/** A navigation to one of the app's pages, as static-files.ts tells them from files. */
function isPageRequest(method: string | undefined, url: string, accept: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false
  if (!accept.includes('text/html')) return false
  const path = url.split('?')[0]!
  const last = path.slice(path.lastIndexOf('/') + 1)
  return (
    !/\.[A-Za-z0-9]{1,8}$/.test(last) && !/^\/(?:@|src\/|node_modules\/|api(?:\/|$))/.test(path)
  )
}

/** Vite's `host`: unset or false is localhost, true is every address. */
function bindAddress(host: string | boolean | undefined): string {
  if (host === true) return '0.0.0.0'
  return typeof host === 'string' && host !== '' ? host : 'localhost'
}

async function mountProxy(server: ViteDevServer | PreviewServer, ssrEntry?: string): Promise<void> {
  const { config } = server
  // .env may hold ANCHOR_API_KEY (never VITE_-prefixed, so never bundled); the process
  // environment wins, which lets a test force the emulator with ANCHOR_API_KEY=''.
  const env = { ...loadEnv(config.mode, config.envDir || config.root, ''), ...process.env }
  // These servers have no sign-in: like `npm run serve` without it, they keep to loopback
  // unless AUTH_DISABLED=true says otherwise (server/auth/bind-policy.ts).
  const host = 'ssrLoadModule' in server ? config.server.host : config.preview.host
  const disabled = env.AUTH_DISABLED?.trim().toLowerCase() === 'true'
  const note = checkBind(bindAddress(host), { kind: disabled ? 'disabled' : 'none' }, 'vite')
  if (disabled) config.logger.warn(note)
  const upstream = await resolveUpstream(env)
  config.logger.info(upstream.description)
  server.httpServer?.once('close', () => void upstream.close())
  // A 20 KB URL gets the same page that leads back as in production, not Vite's bare 431.
  if (server.httpServer) answerClientErrors(server.httpServer)

  const app = new Hono<NodeEnv>()
  // Vite's own allowedHosts check runs before plugin middleware, but is off with
  // `allowedHosts: true` or https; the proxy keeps its guard regardless.
  app.use(hostCheck(allowedHostsFromEnv(env)))
  const proxy = createProxyApp({
    upstreamUrl: upstream.upstreamUrl,
    apiKey: upstream.apiKey,
    mode: upstream.mode,
    timeoutMs: proxyTimeoutFromEnv(env),
    // Dev terminals stay readable: only failures are worth a line here.
    log: (line, status) => {
      if (status >= 500) config.logger.warn(`[api] ${line}`)
    },
  })
  // The dev server has no sign-in: nobody is signed in (contract/auth.ts).
  app.get(ME_PATH, (c) => c.json({ user: null } satisfies MeResponse))
  app.route('/', proxy)
  // Keep Vite's globals as they are: the adapter would otherwise swap in its own Request.
  const listener = getRequestListener(app.fetch, { overrideGlobalObjects: false })
  // Mounted without a route prefix: connect would strip `/api` from req.url, and the proxy
  // must see the raw target.
  server.middlewares.use((req, res, next) => {
    const url = req.url ?? ''
    if (url === '/api' || url.startsWith('/api/') || url.startsWith('/api?')) {
      void listener(req, res)
      return
    }
    next()
  })

  if (!ssrEntry || !('ssrLoadModule' in server)) return
  const dev = server
  const renderPage = createPageRenderer({
    // Vite decodes the URL it is given: a broken escape (`/sessions/x%ZZ`) made it throw and
    // the page a bare "Internal Server Error". The app says what is wrong with the address.
    loadTemplate: async (url) =>
      dev.transformIndexHtml(
        isDecodable(url) ? url : '/',
        await readFile(join(config.root, 'index.html'), 'utf8'),
      ),
    loadRenderPage: async () =>
      ((await dev.ssrLoadModule(ssrEntry)) as { renderPage: RenderPage }).renderPage,
    proxy,
    mode: upstream.mode,
    logError: (error) => {
      if (error instanceof Error) dev.ssrFixStacktrace(error)
      config.logger.error(
        `[render] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      )
    },
  })
  const pages = new Hono<NodeEnv>()
  pages.use(hostCheck(allowedHostsFromEnv(env)))
  pages.all('*', (c) => renderPage(c))
  const pageListener = getRequestListener(pages.fetch, { overrideGlobalObjects: false })
  server.middlewares.use((req, res, next) => {
    if (!isPageRequest(req.method, req.url ?? '', req.headers.accept ?? '')) return next()
    // The production server's limit, with the same page, so a long address fails alike.
    if ((req.url ?? '').length > MAX_URL_LENGTH) {
      res.writeHead(414, REFUSAL_HEADERS).end(refusalPage(URL_TOO_LONG))
      return
    }
    void pageListener(req, res)
  })
}
