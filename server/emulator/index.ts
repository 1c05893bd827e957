/**
 * A local stand-in for the Anchor Browser session-history API (see
 * shared/reference/anchor-api.md): a deterministic demo data set behind a real HTTP server.
 */
import { serve } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import type { SessionHistoryItem } from '../../contract/anchor-api.ts'
import { buildApp } from './app.ts'
import { buildStore } from './store.ts'
import { variantsFromEnv, type Variant } from './variants.ts'
import { listItem } from './wire.ts'

export interface EmulatorOptions {
  sessions: number // data-set size, default 5000
  now: Date // the clock: sessions spread over the 90 days before it
  seed: number // data-set seed, default 1
  apiKey: string // the only key accepted in `anchor-api-key`
  /** Readings of the retrieve endpoint the docs disagree on (variants.ts); none by default. */
  variants?: readonly Variant[]
}

function integerFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value)) throw new Error(`${name} must be an integer, got "${raw}"`)
  return value
}

/**
 * Reads EMULATOR_SESSIONS, EMULATOR_NOW (ISO), EMULATOR_SEED and EMULATOR_VARIANTS; defaults
 * 5000, now, 1, none.
 */
export function emulatorOptionsFromEnv(env: NodeJS.ProcessEnv, apiKey: string): EmulatorOptions {
  const nowRaw = env.EMULATOR_NOW?.trim()
  const now = nowRaw ? new Date(nowRaw) : new Date()
  if (Number.isNaN(now.getTime()))
    throw new Error(`EMULATOR_NOW must be an ISO date, got "${nowRaw}"`)
  return {
    sessions: integerFromEnv(env, 'EMULATOR_SESSIONS', 5000),
    now,
    seed: integerFromEnv(env, 'EMULATOR_SEED', 1),
    apiKey,
    variants: variantsFromEnv(env.EMULATOR_VARIANTS),
  }
}

function storeFor(options: EmulatorOptions) {
  return buildStore(options.sessions, options.now.getTime(), options.seed)
}

export function createEmulatorApp(options: EmulatorOptions): {
  fetch: (req: Request) => Response | Promise<Response>
} {
  const app = buildApp(storeFor(options), options.apiKey, options.variants)
  return { fetch: (req) => app.fetch(req) }
}

/** Every session of the data set as a list item, in creation order: the ground truth for tests. */
export function generateSessions(options: Omit<EmulatorOptions, 'apiKey'>): SessionHistoryItem[] {
  const store = buildStore(options.sessions, options.now.getTime(), options.seed)
  return Array.from({ length: store.columns.count }, (_, i) => listItem(store, i))
}

export function startEmulator(
  options: EmulatorOptions & { port?: number; host?: string },
): Promise<{ url: string; close: () => Promise<void> }> {
  const app = buildApp(storeFor(options), options.apiKey, options.variants)
  const host = options.host ?? '127.0.0.1'
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host })
    server.once('error', reject)
    server.once('listening', () => {
      const { port } = server.address() as AddressInfo
      const urlHost = host.includes(':') ? `[${host}]` : host
      resolve({
        url: `http://${urlHost}:${port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()))
            // Keep-alive connections would otherwise hold close() open.
            if ('closeAllConnections' in server) server.closeAllConnections()
          }),
      })
    })
  })
}
