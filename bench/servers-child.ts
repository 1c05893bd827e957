/**
 * The bench's servers in a process of their own (see servers.ts): the production server with
 * its emulator, and the floor server with the same proxy in front of the same emulator.
 * Reports both URLs when listening; ends when its parent disconnects.
 */
import { listen } from '../server/listen.ts'
import { startProductionServer } from '../server/production.ts'
import { createServerApp } from '../server/server-app.ts'

const { appDist, appSsrEntry, floorDist, appPort, floorPort, env } = JSON.parse(
  process.env.BENCH_SERVERS!,
) as {
  appDist: string
  appSsrEntry: string
  floorDist: string
  appPort: number
  floorPort: number
  env: NodeJS.ProcessEnv
}
const PROXY_TIMEOUT_MS = 15_000
// As `npm run serve` runs: React's production build renders the pages (see server/serve.ts).
process.env.NODE_ENV ??= 'production'

const app = await startProductionServer({
  env,
  config: { port: appPort, host: '127.0.0.1', allowedHosts: [], proxyTimeoutMs: PROXY_TIMEOUT_MS },
  distDir: appDist,
  ssrEntry: appSsrEntry,
})
const { upstreamUrl, apiKey, mode } = app.upstream
const floor = await listen(
  createServerApp({
    distDir: floorDist,
    proxy: { upstreamUrl, apiKey, mode, timeoutMs: PROXY_TIMEOUT_MS },
  }),
  { port: floorPort, host: '127.0.0.1' },
)

process.on('disconnect', () => {
  void Promise.all([floor.close(), app.close()]).then(() => process.exit(0))
})
process.send?.({ appUrl: app.url, floorUrl: floor.url })
