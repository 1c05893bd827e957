import { pathToFileURL } from 'node:url'
import type { RenderPage } from '../contract/server-render.ts'
import type { ServerConfig } from './config.ts'
import { listen } from './listen.ts'
import { createServerApp } from './server-app.ts'
import { resolveUpstream, type Upstream } from './upstream.ts'

export interface ProductionServer {
  url: string
  upstream: Upstream
  close: () => Promise<void>
}

export interface ProductionOptions {
  /** Where ANCHOR_API_KEY and the emulator's settings are read from. */
  env: NodeJS.ProcessEnv
  config: ServerConfig
  /** The browser's build (`vite build`). */
  distDir: string
  /** The server-side entry (`vite build --ssr`); without it, pages are rendered in the browser. */
  ssrEntry?: string
  log?: (line: string) => void
}

/** Resolves the upstream (real API or emulator), builds the app and listens. */
export async function startProductionServer(options: ProductionOptions): Promise<ProductionServer> {
  const { config } = options
  const upstream = await resolveUpstream(options.env)
  const { ssrEntry } = options
  // Imported now, not on the first page asked for, which should not wait for it. Should the
  // import fail, each page reports it and goes out to be rendered in the browser.
  const renderPage =
    ssrEntry === undefined
      ? undefined
      : import(pathToFileURL(ssrEntry).href).then(
          (entry: { renderPage: RenderPage }) => entry.renderPage,
        )
  renderPage?.catch(() => undefined)
  const app = createServerApp({
    distDir: options.distDir,
    loadRenderPage: renderPage && (() => renderPage),
    allowedHosts: config.allowedHosts,
    proxy: {
      upstreamUrl: upstream.upstreamUrl,
      apiKey: upstream.apiKey,
      mode: upstream.mode,
      now: upstream.now,
      timeoutMs: config.proxyTimeoutMs,
      log: options.log,
    },
  })
  try {
    const server = await listen(app, { port: config.port, host: config.host })
    return {
      url: server.url,
      upstream,
      close: async () => {
        await server.close()
        await upstream.close()
      },
    }
  } catch (error) {
    await upstream.close()
    throw error
  }
}
