import { DEFAULT_PROXY_TIMEOUT_MS } from './proxy.ts'

/** Settings of the production server read from the environment; see the README's table. */
export interface ServerConfig {
  port: number
  host: string
  /** Extra Host names to accept besides localhost, 127.0.0.1 and [::1]. */
  allowedHosts: string[]
  proxyTimeoutMs: number
}

export function serverConfigFromEnv(env: NodeJS.ProcessEnv): ServerConfig {
  return {
    port: integerFromEnv(env, 'PORT', 8080, 0, 65_535),
    host: env.HOST?.trim() || '127.0.0.1',
    allowedHosts: allowedHostsFromEnv(env),
    proxyTimeoutMs: proxyTimeoutFromEnv(env),
  }
}

export function allowedHostsFromEnv(env: NodeJS.ProcessEnv): string[] {
  return (env.ALLOWED_HOSTS ?? '')
    .split(',')
    .map((host) => host.trim())
    .filter((host) => host !== '')
}

export function proxyTimeoutFromEnv(env: NodeJS.ProcessEnv): number {
  return integerFromEnv(env, 'PROXY_TIMEOUT_MS', DEFAULT_PROXY_TIMEOUT_MS, 1, 600_000)
}

/** A typo in a number should stop the start, not silently become a default. */
function integerFromEnv(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max}, got "${raw}"`)
  }
  return value
}
