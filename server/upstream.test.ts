import { describe, expect, it } from 'vitest'
import { serverConfigFromEnv } from './config.ts'
import { DEFAULT_API_URL, resolveUpstream } from './upstream.ts'

describe('resolveUpstream', () => {
  it('uses the real API when ANCHOR_API_KEY is set', async () => {
    const upstream = await resolveUpstream({ ANCHOR_API_KEY: ' live-key ' })
    expect(upstream).toMatchObject({
      upstreamUrl: DEFAULT_API_URL,
      apiKey: 'live-key',
      mode: 'live',
    })
    expect(upstream.description).toBe(`Using ${DEFAULT_API_URL}`)
    expect(upstream.now).toBeUndefined()
  })

  it('honours ANCHOR_API_URL and refuses a non-http one', async () => {
    const env = { ANCHOR_API_KEY: 'k', ANCHOR_API_URL: 'http://127.0.0.1:9999/' }
    expect((await resolveUpstream(env)).upstreamUrl).toBe('http://127.0.0.1:9999')
    await expect(resolveUpstream({ ...env, ANCHOR_API_URL: 'file:///etc/passwd' })).rejects.toThrow(
      /http\(s\)/,
    )
  })

  it('starts the emulator on 127.0.0.1 with a fresh random key when there is none', async () => {
    const env = {
      ANCHOR_API_KEY: '',
      EMULATOR_SESSIONS: '50',
      EMULATOR_NOW: '2026-11-01T00:00:00Z',
    }
    const first = await resolveUpstream(env)
    const second = await resolveUpstream(env)
    try {
      expect(first.mode).toBe('emulator')
      expect(first.upstreamUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(first.apiKey).not.toBe(second.apiKey)
      expect(first.description).toBe('Using the local emulator (demo data, 50 sessions)')
      const response = await fetch(`${first.upstreamUrl}/v1/billing`, {
        headers: { 'anchor-api-key': first.apiKey },
      })
      expect(response.status).toBe(200)
      // Pinned by EMULATOR_NOW: the proxy tells this clock in /api/meta.
      expect(first.now?.()).toBe(Date.parse(env.EMULATOR_NOW))
    } finally {
      await first.close()
      await second.close()
    }
  })
})

describe('serverConfigFromEnv', () => {
  it('has safe defaults', () => {
    expect(serverConfigFromEnv({})).toEqual({
      port: 8080,
      host: '127.0.0.1',
      allowedHosts: [],
      proxyTimeoutMs: 15_000,
    })
  })

  it('reads PORT, HOST, ALLOWED_HOSTS and PROXY_TIMEOUT_MS', () => {
    const env = {
      PORT: '9000',
      HOST: '0.0.0.0',
      ALLOWED_HOSTS: ' dash.example.com, ,other.example:8443 ',
      PROXY_TIMEOUT_MS: '5000',
    }
    expect(serverConfigFromEnv(env)).toEqual({
      port: 9000,
      host: '0.0.0.0',
      allowedHosts: ['dash.example.com', 'other.example:8443'],
      proxyTimeoutMs: 5000,
    })
  })

  it.each([{ PORT: 'eighty' }, { PORT: '70000' }, { PROXY_TIMEOUT_MS: '0' }])(
    'stops on a malformed number: %o',
    (env) => {
      expect(() => serverConfigFromEnv(env)).toThrow(/must be an integer/)
    },
  )
})
