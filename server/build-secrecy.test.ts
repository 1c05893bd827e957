import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { buildApp } from './build-app.ts'

const KEY = 'test-secret-key-123'
const work = mkdtempSync(join(tmpdir(), 'build-secrecy-'))

afterAll(() => rmSync(work, { recursive: true, force: true }))

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}

// The key reaches the build both ways a person would configure it: the process environment
// and a .env file. Neither must end up in anything built: not what the browser downloads, not
// the server-side entry (whose output the browser receives as HTML).
it('keeps ANCHOR_API_KEY out of every built file', { timeout: 120_000 }, async () => {
  const outDir = join(work, 'dist')
  writeFileSync(join(work, '.env'), `ANCHOR_API_KEY=${KEY}\nANCHOR_API_URL=http://127.0.0.1:9\n`)
  const previous = process.env.ANCHOR_API_KEY
  process.env.ANCHOR_API_KEY = KEY
  try {
    await buildApp(outDir, { envDir: work })
  } finally {
    if (previous === undefined) delete process.env.ANCHOR_API_KEY
    else process.env.ANCHOR_API_KEY = previous
  }
  const files = filesUnder(outDir)
  expect(files.some((file) => file.endsWith('index.html'))).toBe(true)
  expect(files.some((file) => file.endsWith('entry-server.mjs'))).toBe(true)
  for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toContain(KEY)
})
