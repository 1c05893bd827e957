import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startProductionServer } from '../production.ts'

const distDir = mkdtempSync(join(tmpdir(), 'dist-'))
writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>app</title>')

function start(
  host: string,
  auth: Parameters<typeof startProductionServer>[0]['auth'],
  log: string[],
) {
  return startProductionServer({
    env: { ANCHOR_API_KEY: 'a-key', ANCHOR_API_URL: 'http://127.0.0.1:9' },
    config: { port: 0, host, allowedHosts: [], proxyTimeoutMs: 1_000 },
    auth,
    distDir,
    log: (line) => log.push(line),
  })
}

describe('npm run serve, safe by default', () => {
  it('refuses to listen beyond loopback without sign-in', async () => {
    await expect(start('0.0.0.0', { kind: 'none' }, [])).rejects.toThrow(
      /Refusing to listen on 0\.0\.0\.0 without sign-in/,
    )
  })

  it('says it keeps to loopback when nothing is configured', async () => {
    const log: string[] = []
    const server = await start('127.0.0.1', undefined, log)
    await server.close()
    expect(log[0]).toBe('No sign-in configured: listening on loopback (127.0.0.1) only.')
  })

  it('listens anywhere with sign-in turned off explicitly, warning at start', async () => {
    const log: string[] = []
    const server = await start('0.0.0.0', { kind: 'disabled' }, log)
    await server.close()
    expect(log[0]).toMatch(/^WARNING: sign-in is turned off \(AUTH_DISABLED=true\)/)
  })
})
