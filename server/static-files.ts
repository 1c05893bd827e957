import { resolve, sep } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono, type Context } from 'hono'
import { pickEncoding } from './compression.ts'

/** Vite puts content-hashed files here: a changed file gets a new name, so cache forever. */
const IMMUTABLE = 'public, max-age=31536000, immutable'
/** index.html and the unhashed files of public/ must be revalidated to pick up a new build. */
const REVALIDATE = 'no-cache'

/**
 * Serves the built app from `distDir`: files as they are, and client-side routes (paths whose
 * last segment does not end in a file extension) as index.html, or as `renderPage` makes them
 * (server/page-render.ts). A missing file with an extension is a 404, so a stale /assets/ URL
 * never receives HTML in place of a script. Only an extension-like ending counts: a session id
 * may hold a dot anywhere else.
 */
export function createStaticApp(
  distDir: string,
  renderPage?: (c: Context) => Promise<Response>,
): Hono {
  const root = resolve(distDir)
  const assetsDir = `${root}${sep}assets${sep}`
  // Brotli or gzip copies made at build time (server/precompress-plugin.ts) go to browsers
  // that accept them.
  const files = serveStatic({
    root,
    precompressed: true,
    onFound: (path, c) => {
      c.header('Cache-Control', path.startsWith(assetsDir) ? IMMUTABLE : REVALIDATE)
    },
  })
  const index = serveStatic({
    root,
    path: 'index.html',
    precompressed: true,
    onFound: (_path, c) => {
      c.header('Cache-Control', REVALIDATE)
    },
  })

  const app = new Hono()
  // Pages first: `/` must reach renderPage, not the static index.html of the same name.
  app.use((c, next) => {
    const path = c.req.path
    const last = path.slice(path.lastIndexOf('/') + 1)
    if (/\.[A-Za-z0-9]{1,8}$/.test(last) || path.startsWith('/assets/')) return next()
    return renderPage ? renderPage(c) : index(c, next)
  })
  // The static middleware reads Accept-Encoding without q-values (`br;q=0` would still get
  // Brotli, `br;q=0.9` nothing): it is handed the one coding our own choice makes.
  app.use(async (c, next) => {
    c.req.raw.headers.set('accept-encoding', pickEncoding(c.req.header('accept-encoding')) ?? '')
    await next()
  })
  app.use(files)
  return app
}
