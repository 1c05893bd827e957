import { getRequestListener } from '@hono/node-server'
import { Hono } from 'hono'
import type { Plugin, PreviewServer, ViteDevServer } from 'vite'
import { loadEnv } from 'vite'
import { allowedHostsFromEnv, proxyTimeoutFromEnv } from './config.ts'
import { hostCheck } from './host-check.ts'
import { createProxyApp } from './proxy.ts'
import type { NodeEnv } from './request-target.ts'
import { resolveUpstream } from './upstream.ts'

/**
 * Mounts the read-only proxy (server/proxy.ts) on /api of `vite` and `vite preview`, so
 * development sees exactly the policy production enforces.
 */
export function anchorProxyPlugin(): Plugin {
  return {
    name: 'anchor-proxy',
    apply: 'serve',
    configureServer: mountProxy,
    configurePreviewServer: mountProxy,
  }
}

async function mountProxy(server: ViteDevServer | PreviewServer): Promise<void> {
  const { config } = server
  // .env may hold ANCHOR_API_KEY (never VITE_-prefixed, so never bundled); the process
  // environment wins, which lets a test force the emulator with ANCHOR_API_KEY=''.
  const env = { ...loadEnv(config.mode, config.envDir || config.root, ''), ...process.env }
  const upstream = await resolveUpstream(env)
  config.logger.info(upstream.description)
  server.httpServer?.once('close', () => void upstream.close())

  const app = new Hono<NodeEnv>()
  // Vite's own allowedHosts check runs before plugin middleware, but is off with
  // `allowedHosts: true` or https; the proxy keeps its guard regardless.
  app.use(hostCheck(allowedHostsFromEnv(env)))
  app.route(
    '/',
    createProxyApp({
      upstreamUrl: upstream.upstreamUrl,
      apiKey: upstream.apiKey,
      mode: upstream.mode,
      timeoutMs: proxyTimeoutFromEnv(env),
      // Dev terminals stay readable: only failures are worth a line here.
      log: (line, status) => {
        if (status >= 500) config.logger.warn(`[api] ${line}`)
      },
    }),
  )
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
}
