import { pathToFileURL } from 'node:url'
import type { RenderPage } from '../contract/server-render.ts'
import { createAuth } from './auth/auth.ts'
import { checkBind } from './auth/bind-policy.ts'
import type { AuthSettings } from './auth/config.ts'
import { readUsersFile } from './auth/users-file.ts'
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
  /** Who may use the server (server/auth/config.ts); nothing configured keeps it to loopback. */
  auth?: AuthSettings
  /** Addresses of reverse proxies whose X-Forwarded-* headers are believed. */
  trustedProxies?: readonly string[]
  /** The clock of sessions and sign-in locks; tests move it. */
  now?: () => number
}

/** Resolves the upstream (real API or emulator), builds the app and listens. */
export async function startProductionServer(options: ProductionOptions): Promise<ProductionServer> {
  const { config } = options
  const settings = options.auth ?? { kind: 'none' }
  // Before anything starts: an exposed bind without sign-in is refused here, and a users file
  // that cannot be read stops the start rather than every sign-in.
  const bindNote = checkBind(config.host, settings)
  if (settings.kind === 'sign-in' && settings.usersFile) await readUsersFile(settings.usersFile)
  options.log?.(bindNote)
  const auth =
    settings.kind === 'sign-in'
      ? createAuth({
          settings,
          trustedProxies: options.trustedProxies,
          now: options.now,
          log: options.log,
        })
      : undefined
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
    auth,
    log: options.log,
    proxy: {
      upstreamUrl: upstream.upstreamUrl,
      apiKey: upstream.apiKey,
      mode: upstream.mode,
      timeoutMs: config.proxyTimeoutMs,
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
