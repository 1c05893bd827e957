import { request as playwrightRequest, type APIRequestContext } from '@playwright/test'
import { E2E_EMULATOR_ENV } from './emulator-env.ts'
import { fileURLToPath } from 'node:url'
import { EMULATOR_CLOCK_PATH } from '../contract/anchor-api.ts'
import { startProductionServer, type ProductionServer } from '../server/production.ts'

// The live specs move the emulator's clock, which every page of a server shares: they run
// their own production server (the build the config made, its own emulator pinned at the same
// moment as the others') so that no other spec sees time pass.

export interface LiveServer {
  url: string
  api: APIRequestContext
  /** Moves the emulator's clock forward by `ms`; returns the new time (epoch ms). */
  advance: (ms: number) => Promise<number>
  now: () => Promise<number>
  close: () => Promise<void>
}

export async function startLiveServer(): Promise<LiveServer> {
  const server: ProductionServer = await startProductionServer({
    env: E2E_EMULATOR_ENV,
    config: { port: 0, host: '127.0.0.1', allowedHosts: [], proxyTimeoutMs: 15_000 },
    distDir: fileURLToPath(new URL('../dist/client', import.meta.url)),
    ssrEntry: fileURLToPath(new URL('../dist/server/entry-server.mjs', import.meta.url)),
  })
  const { upstreamUrl, apiKey } = server.upstream
  // The control is the emulator's own: reached directly, with the key, never through the proxy.
  const control = await playwrightRequest.newContext({
    baseURL: upstreamUrl,
    extraHTTPHeaders: { 'anchor-api-key': apiKey },
  })
  const api = await playwrightRequest.newContext({ baseURL: server.url })
  const read = async (response: Awaited<ReturnType<APIRequestContext['get']>>) => {
    if (!response.ok()) throw new Error(`clock: ${response.status()} ${await response.text()}`)
    return Date.parse(((await response.json()) as { now: string }).now)
  }
  return {
    url: server.url,
    api,
    advance: async (ms) =>
      read(await control.post(EMULATOR_CLOCK_PATH, { data: { advanceMs: ms } })),
    now: async () => read(await control.get(EMULATOR_CLOCK_PATH)),
    close: async () => {
      await control.dispose()
      await api.dispose()
      await server.close()
    },
  }
}
