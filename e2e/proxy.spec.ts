import { expect, test, type Request, type Response } from '@playwright/test'
import { E2E_EMULATOR_NOW } from './emulator-env.ts'

// The dev server's proxy runs on the emulator with a random key nobody knows, the browser
// included. What we can check from the page: it only ever talks to its own origin through
// relative /api paths, no key header crosses the wire either way, and writes are refused.
// (server/secrecy.test.ts and e2e/server.spec.ts repeat this with a known key.)

test('the page reaches only its own origin, and no key header crosses the wire', async ({
  page,
  baseURL,
}) => {
  const requests: Request[] = []
  const responses: Response[] = []
  page.on('request', (request) => requests.push(request))
  page.on('response', (response) => responses.push(response))

  const firstPage = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/sessions')
  await page.goto('/')
  expect((await firstPage).status()).toBe(200)
  await page.waitForLoadState('networkidle')

  const origin = new URL(baseURL ?? '').origin
  expect(requests.length).toBeGreaterThan(1)
  for (const request of requests) {
    expect(new URL(request.url()).origin, request.url()).toBe(origin)
    expect(Object.keys(await request.allHeaders())).not.toContain('anchor-api-key')
  }
  const api = requests.filter((request) => new URL(request.url()).pathname.startsWith('/api/'))
  expect(api.length).toBeGreaterThan(0)
  for (const response of responses) {
    expect(Object.keys(await response.allHeaders())).not.toContain('anchor-api-key')
  }
})

test('the proxy answers the page with demo mode and refuses writes', async ({ page }) => {
  await page.goto('/')
  const results = await page.evaluate(async () => {
    const status = async (path: string, init?: RequestInit) => (await fetch(path, init)).status
    return {
      meta: await (await fetch('/api/meta')).json(),
      post: await status('/api/v1/sessions', { method: 'POST', body: '{}' }),
      deleteAll: await status('/api/v1/sessions/all', { method: 'DELETE' }),
      unknown: await status('/api/v1/browsers'),
    }
  })
  expect(results).toEqual({
    // The emulator's clock, which the page's relative ranges go by.
    meta: { mode: 'emulator', now: Date.parse(E2E_EMULATOR_NOW) },
    post: 405,
    deleteAll: 405,
    unknown: 404,
  })
})
