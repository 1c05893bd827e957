import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer, type ViteDevServer } from 'vite'
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest'
import { rawRequest, startFakeUpstream, type FakeUpstream } from './test-helpers.ts'
import { anchorServerPlugin } from './vite-plugin.ts'

// A real Vite dev server with only this plugin: .env is read, the process environment wins,
// and the proxy sees raw paths although it is mounted inside connect.
let upstream: FakeUpstream
let dir: string
let vite: ViteDevServer | undefined
const saved = process.env.ANCHOR_API_KEY

beforeAll(async () => {
  upstream = await startFakeUpstream()
  dir = mkdtempSync(join(tmpdir(), 'vite-plugin-'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>')
  writeFileSync(join(dir, '.env'), `ANCHOR_API_KEY=dotenv-key\nANCHOR_API_URL=${upstream.url}\n`)
})
afterEach(async () => {
  await vite?.close()
  upstream.requests.length = 0
  if (saved === undefined) delete process.env.ANCHOR_API_KEY
  else process.env.ANCHOR_API_KEY = saved
})
afterAll(async () => {
  await upstream.close()
  rmSync(dir, { recursive: true, force: true })
})

async function startVite(host = '127.0.0.1'): Promise<string> {
  vite = await createServer({
    configFile: false,
    root: dir,
    envDir: dir,
    logLevel: 'silent',
    plugins: [anchorServerPlugin()],
    server: { host, port: 0, ws: false },
  })
  await vite.listen()
  const { port } = vite.httpServer?.address() as AddressInfo
  return `http://127.0.0.1:${port}`
}

it('uses ANCHOR_API_KEY from .env and proxies with raw-path checks', async () => {
  delete process.env.ANCHOR_API_KEY
  const url = await startVite()
  expect(JSON.parse((await rawRequest(url, '/api/meta')).body)).toEqual({ mode: 'live' })
  expect(JSON.parse((await rawRequest(url, '/api/me')).body)).toEqual({ user: null })
  expect((await rawRequest(url, '/api/v1/sessions?limit=10')).status).toBe(200)
  expect((await rawRequest(url, '/api/v1/sessions/%2e%2e/billing')).status).toBe(400)
  expect((await rawRequest(url, '/api/v1/sessions', { method: 'POST', body: '{}' })).status).toBe(
    405,
  )
  expect(upstream.requests.map((r) => [r.target, r.headers['anchor-api-key']])).toEqual([
    ['/v1/sessions?limit=10', 'dotenv-key'],
  ])
})

it('lets the process environment win: an empty ANCHOR_API_KEY means the emulator', async () => {
  process.env.ANCHOR_API_KEY = ''
  const url = await startVite()
  expect(JSON.parse((await rawRequest(url, '/api/meta')).body)).toEqual({ mode: 'emulator' })
  expect((await rawRequest(url, '/api/v1/billing')).status).toBe(200)
  expect(upstream.requests).toEqual([])
}, 20_000)

it('has no sign-in, so it refuses to listen beyond loopback', async () => {
  await expect(startVite('0.0.0.0')).rejects.toThrow(/Refusing to listen on 0\.0\.0\.0/)
  expect(upstream.requests).toEqual([])
})
