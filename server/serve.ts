import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { serverConfigFromEnv } from './config.ts'
import { startProductionServer } from './production.ts'

// `npm run serve`: the built dashboard and the proxy in one process.
const distDir = fileURLToPath(new URL('../dist', import.meta.url))
if (!existsSync(`${distDir}/index.html`)) {
  console.error('dist/index.html not found: run `npm run build` first.')
  process.exit(1)
}

const server = await startProductionServer({
  env: process.env,
  config: serverConfigFromEnv(process.env),
  distDir,
  log: (line) => console.log(line),
})
console.log(server.upstream.description)
console.log(`Serving the dashboard on ${server.url}`)

const shutdown = () => {
  void server.close().then(() => process.exit(0))
}
process.once('SIGINT', shutdown)
process.once('SIGTERM', shutdown)
