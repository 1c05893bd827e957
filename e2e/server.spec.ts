import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { expect, test } from '@playwright/test'
import type { RenderPage } from '../contract/server-render.ts'
import { buildApp } from '../server/build-app.ts'
import { startEmulator } from '../server/emulator/index.ts'
import { listen, type Listening } from '../server/listen.ts'
import { createServerApp } from '../server/server-app.ts'

// The production server (not the dev server of playwright.config.ts) with a fresh build of the
// app, pages rendered on the server included: proves the app runs under the strict CSP, and,
// with a key we know, that nothing the page sends or receives contains it.
const KEY = 'test-secret-key-123'
const root = fileURLToPath(new URL('..', import.meta.url))
let work: string
let emulator: { url: string; close: () => Promise<void> }
let server: Listening

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(120_000)
  // Inside the project, so the server-side entry finds the packages it imports.
  const cache = join(root, 'node_modules/.cache')
  // A fresh `npm ci` has no cache folder yet.
  mkdirSync(cache, { recursive: true })
  work = mkdtempSync(join(cache, 'e2e-server-'))
  const built = await buildApp(join(work, 'dist'))
  const now = new Date('2026-11-01T00:00:00Z')
  emulator = await startEmulator({ sessions: 500, now, seed: 1, apiKey: KEY })
  const app = createServerApp({
    distDir: built.clientDir,
    loadRenderPage: async () =>
      ((await import(pathToFileURL(built.ssrEntry).href)) as { renderPage: RenderPage }).renderPage,
    proxy: { upstreamUrl: emulator.url, apiKey: KEY, mode: 'emulator' },
  })
  server = await listen(app, { port: 0, host: '127.0.0.1' })
})

test.afterAll(async () => {
  await server?.close()
  await emulator?.close()
  if (work) rmSync(work, { recursive: true, force: true })
})

test('the built app runs under the CSP and never sees the key, list and detail', async ({
  page,
}) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  const seen: string[] = []
  page.on('request', (request) => seen.push(request.url(), JSON.stringify(request.headers())))
  page.on('response', async (response) => {
    seen.push(JSON.stringify(await response.allHeaders()))
    seen.push(await response.text().catch(() => ''))
  })

  // The list arrives rendered by the server, rows and all; the app then hydrates it.
  await page.goto(`${server.url}/`)
  const firstRow = page.locator('tbody[data-session-rows] tr').first()
  await expect(firstRow).toBeVisible()
  await page.waitForLoadState('networkidle')

  // A deep link: served as index.html by the SPA fallback, then the detail page's own reads.
  const id = (await firstRow.getAttribute('aria-label'))?.replace(/^Session /, '') ?? ''
  expect(id).toMatch(/^sess_/)
  const detail = page.waitForResponse((r) => new URL(r.url()).pathname === `/api/v1/sessions/${id}`)
  await page.goto(`${server.url}/sessions/${id}`)
  expect((await detail).status()).toBe(200)
  await page.waitForLoadState('networkidle')

  // No inline script: only the app's module and, on the page the server renders, its state as
  // an inert JSON block.
  const html = await (await page.request.get(`${server.url}/`)).text()
  expect(html).toMatch(/<tbody [^>]*data-session-rows/)
  expect(html).not.toMatch(/<script(?![^>]*\b(?:src=|type="application\/json"))[^>]*>/)
  expect(violations).toEqual([])
  expect(seen.length).toBeGreaterThan(6)
  for (const text of seen) expect(text).not.toContain(KEY)
})
