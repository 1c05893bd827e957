import { randomUUID } from 'node:crypto'
import type { UpstreamMode } from '../contract/dashboard-api.ts'

export const DEFAULT_API_URL = 'https://api.anchorbrowser.io'

export interface Upstream {
  upstreamUrl: string
  apiKey: string
  mode: UpstreamMode
  /** The emulator's clock; absent with the real API. */
  now?: () => number
  /** One line for the console saying which upstream is used; never contains the key. */
  description: string
  close: () => Promise<void>
}

/**
 * With ANCHOR_API_KEY the proxy talks to the real API; without it, to a local emulator started
 * here on an ephemeral port of 127.0.0.1, so the dashboard runs out of the box on demo data.
 */
export async function resolveUpstream(env: NodeJS.ProcessEnv): Promise<Upstream> {
  const key = env.ANCHOR_API_KEY?.trim()
  if (key) {
    const upstreamUrl = liveUrl(env.ANCHOR_API_URL?.trim() || DEFAULT_API_URL)
    return {
      upstreamUrl,
      apiKey: key,
      mode: 'live',
      description: `Using ${upstreamUrl}`,
      close: async () => {},
    }
  }
  // Imported lazily: a live server never needs the emulator's data generator in memory.
  const { emulatorOptionsFromEnv, startEmulator } = await import('./emulator/index.ts')
  // A fresh key per start: the emulator checks it like the API does, and nobody can know it.
  const apiKey = randomUUID()
  const options = emulatorOptionsFromEnv(env, apiKey)
  const emulator = await startEmulator({ ...options, host: '127.0.0.1', port: 0 })
  return {
    upstreamUrl: emulator.url,
    apiKey,
    mode: 'emulator',
    now: emulator.now,
    description: `Using the local emulator (demo data, ${options.sessions} sessions)`,
    close: emulator.close,
  }
}

function liveUrl(value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(`ANCHOR_API_URL is not a URL: "${value}"`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`ANCHOR_API_URL must be an http(s) URL, got "${value}"`)
  }
  return url.href.replace(/\/+$/, '')
}
