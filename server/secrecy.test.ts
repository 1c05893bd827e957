import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startEmulator } from './emulator/index.ts'
import { listen, type Listening } from './listen.ts'
import { createServerApp } from './server-app.ts'
import { rawRequest, type RawResponse } from './test-helpers.ts'

// The whole production stack against the real emulator, with a key we know, so we can look for
// it in everything a browser could receive: success, errors, refusals and every fault mode.
const KEY = 'test-secret-key-123'
const logLines: string[] = []
let dist: string
let emulator: { url: string; close: () => Promise<void> }
let server: Listening

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'dist-'))
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>')
  emulator = await startEmulator({
    sessions: 300,
    now: new Date('2026-11-01T00:00:00Z'),
    seed: 1,
    apiKey: KEY,
  })
  const app = createServerApp({
    distDir: dist,
    proxy: {
      upstreamUrl: emulator.url,
      apiKey: KEY,
      mode: 'emulator',
      timeoutMs: 2_000,
      log: (line) => logLines.push(line),
    },
  })
  server = await listen(app, { port: 0, host: '127.0.0.1' })
})
afterAll(async () => {
  await server.close()
  await emulator.close()
  rmSync(dist, { recursive: true, force: true })
})

function send(target: string, headers: Record<string, string> = {}, method = 'GET') {
  return rawRequest(server.url, target, {
    method,
    headers: { host: `localhost:${server.port}`, ...headers },
  })
}

it('never lets the key reach the browser, whatever the answer', async () => {
  const list = await send('/api/v1/sessions?limit=10&sort_by=used_credits&sort_order=desc')
  expect(list.status).toBe(200)
  const id: string = JSON.parse(list.body).data.sessions[0].id

  const fault = (value: string) => ({ 'x-emulator-fault': value })
  const responses: RawResponse[] = [
    list,
    await send(`/api/v1/sessions/${id}`),
    await send(`/api/v1/sessions/${id}/recordings`),
    await send('/api/v1/sessions/history?granularity=week&metrics=session_count,credits_used'),
    await send('/api/v1/billing'),
    await send('/api/meta'),
    await send('/api/v1/sessions?limit=7'),
    await send('/api/v1/sessions/sess_doesnotexist'),
    await send('/api/v1/sessions', { 'anchor-api-key': 'guess' }),
    await send('/api/v1/sessions', fault('status=500')),
    await send('/api/v1/sessions', fault('status=401')),
    await send('/api/v1/sessions', fault('rate-limit=2')),
    await send('/api/v1/sessions', fault('html')),
    await send('/api/v1/sessions', fault('truncated')),
    await send('/api/v1/sessions', fault('nested-error,status=400')),
    await send('/api/v1/sessions', fault('drop')),
    await send('/api/v1/sessions', fault('latency=3000')),
    await send('/api/v1/sessions', fault('not-a-fault')),
    await send('/api/v1/sessions/all', {}, 'DELETE'),
    await send('/api/v1/sessions/%2e%2e/billing'),
    await send('/api/v1/billing', { host: 'evil.example' }),
    await send('/sessions/x'),
  ]
  expect(responses.map((r) => r.status)).toEqual([
    200, 200, 200, 200, 200, 200, 400, 404, 200, 500, 401, 429, 200, 200, 400, 502, 504, 400, 405,
    400, 421, 200,
  ])
  for (const response of responses) {
    expect(response.body).not.toContain(KEY)
    expect(JSON.stringify(response.headers)).not.toContain(KEY)
  }
  expect(logLines.length).toBeGreaterThan(15)
  expect(logLines.join('\n')).not.toContain(KEY)
}, 20_000)
