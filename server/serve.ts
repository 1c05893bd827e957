import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { authSettingsFromEnv, trustedProxiesFromEnv } from './auth/config.ts'
import { serverConfigFromEnv } from './config.ts'
import { startProductionServer } from './production.ts'

// `npm run serve`: the built dashboard and the proxy in one process. React's production build
// renders the pages (it reads NODE_ENV when the server-side entry is first imported).
process.env.NODE_ENV ??= 'production'
const distDir = fileURLToPath(new URL('../dist/client', import.meta.url))
const ssrEntry = fileURLToPath(new URL('../dist/server/entry-server.mjs', import.meta.url))
if (!existsSync(`${distDir}/index.html`) || !existsSync(ssrEntry)) {
  console.error('dist/client or dist/server not found: run `npm run build` first.')
  process.exit(1)
}

// A setting that is wrong or unsafe stops the start with one clear line, not a stack trace.
const server = await Promise.resolve()
  .then(() =>
    startProductionServer({
      env: process.env,
      config: serverConfigFromEnv(process.env),
      auth: authSettingsFromEnv(process.env),
      trustedProxies: trustedProxiesFromEnv(process.env),
      distDir,
      ssrEntry,
      log: (line) => console.log(line),
    }),
  )
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
console.log(server.upstream.description)
console.log(`Serving the dashboard on ${server.url}`)

const shutdown = () => {
  void server.close().then(() => process.exit(0))
}
process.once('SIGINT', shutdown)
process.once('SIGTERM', shutdown)
