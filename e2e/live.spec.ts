import { expect, test, type Page } from '@playwright/test'
import { apiQueryFor, shownIds } from './filters-helpers.ts'
import { startLiveServer, type LiveServer } from './live-helpers.ts'

/**
 * The list and a session's page refresh themselves while something on them can change. These
 * tests run in order on one server of their own whose emulator clock they move on
 * (live-helpers.ts), and wait for real refreshes (every 10 s).
 */
test.describe.configure({ mode: 'serial', timeout: 90_000 })

const HOUR = 3_600_000
/** A refresh is due every 10 s; a busy machine gets some slack. */
const REFRESH_WAIT = { timeout: 25_000 }

let server: LiveServer
test.beforeAll(async () => {
  server = await startLiveServer()
})
test.afterAll(async () => {
  await server?.close()
})

interface Item {
  id: string
  status: string
  created_at: string
}

async function newestPage(query = ''): Promise<Item[]> {
  const response = await server.api.get(
    `/api/v1/sessions?sort_by=created_at&sort_order=desc&limit=20&page=1${query}`,
  )
  expect(response.ok()).toBe(true)
  return ((await response.json()) as { data: { sessions: Item[] } }).data.sessions
}

const rowOf = (page: Page, id: string) => page.locator(`tbody tr[aria-label="Session ${id}"]`)
const indicator = (page: Page) => page.getByText(/^(Live|Paused|Rate limited|Update failed)/)

/** Counts the page's list requests, to hold the one-request-per-interval promise. */
function countListRequests(page: Page): { count: () => number } {
  let count = 0
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/v1/sessions') count++
  })
  return { count: () => count }
}

test('a running session ends in place and new sessions wait behind a pill, without a reload', async ({
  page,
}) => {
  const before = await newestPage()
  const running = before.filter((s) => s.status === 'running')
  expect(running.length).toBeGreaterThan(0)
  await page.goto(server.url)
  await expect(rowOf(page, before[0]!.id)).toBeVisible()
  for (const s of running)
    await expect(rowOf(page, s.id).getByText('running').first()).toBeVisible()
  await expect(indicator(page)).toContainText('Live')
  await page.evaluate(() => ((window as { notReloaded?: boolean }).notReloaded = true))

  // Six hours on, everything that ran has ended and new sessions have come.
  await server.advance(6 * HOUR)
  const after = await newestPage()
  const arrived = after.filter((s) => !before.some((b) => b.id === s.id))
  expect(arrived.length).toBeGreaterThan(0)
  await expect(page.getByRole('button', { name: `↑ ${arrived.length} new` })).toBeVisible(
    REFRESH_WAIT,
  )
  // The rows on screen stayed where they were, each as it stands now.
  expect(await shownIds(page)).toEqual(before.map((s) => s.id))
  for (const s of running) {
    const ended = (await server.api.get(`/api/v1/sessions/${s.id}`).then((r) => r.json())) as {
      data: { status: string }
    }
    expect(ended.data.status).not.toBe('running')
    await expect(rowOf(page, s.id).getByText(ended.data.status, { exact: true })).toBeVisible()
  }

  await page.getByRole('button', { name: `↑ ${arrived.length} new` }).click()
  await expect.poll(() => shownIds(page)).toEqual(after.map((s) => s.id))
  expect(await page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true)

  // Held rows belong to their page: away and back, the first page is the newest again.
  await server.advance(6 * HOUR)
  await expect(page.getByRole('button', { name: / new$/ })).toBeVisible(REFRESH_WAIT)
  await page.getByRole('button', { name: 'Next page' }).click()
  await expect(page).toHaveURL(/page=2/)
  await page.getByRole('button', { name: 'Previous page' }).click()
  const newest = (await newestPage()).map((s) => s.id)
  await expect.poll(() => shownIds(page)).toEqual(newest)
  await expect(page.getByRole('button', { name: / new$/ })).toHaveCount(0)
})

test("a running session's own page follows it until it ends", async ({ page }) => {
  // On to the next moment at which a session runs (the data set is the same every run).
  let running: Item | undefined
  for (let step = 0; !running && step < 48; step++) {
    await server.advance(10 * 60_000)
    running = (await newestPage('&status=running'))[0]
  }
  expect(running).toBeDefined()
  await page.goto(`${server.url}/sessions/${running!.id}`)
  await expect(page.getByText('running', { exact: true }).first()).toBeVisible()
  await server.advance(6 * HOUR)
  const ended = (await server.api.get(`/api/v1/sessions/${running!.id}`).then((r) => r.json())) as {
    data: { status: string }
  }
  await expect(page.getByText(ended.data.status, { exact: true }).first()).toBeVisible(REFRESH_WAIT)
})

test('pauses when asked and while the tab is hidden, and catches up on return', async ({
  page,
}) => {
  const requests = countListRequests(page)
  await page.goto(server.url)
  await expect(indicator(page)).toContainText('Live')
  await page.getByRole('button', { name: 'Pause' }).click()
  await expect(indicator(page)).toContainText('Paused')
  const paused = requests.count()
  await server.advance(HOUR)
  await page.waitForTimeout(12_000) // longer than an interval: nothing may be asked meanwhile
  expect(requests.count()).toBe(paused)
  await page.getByRole('button', { name: 'Resume' }).click()
  await expect.poll(() => requests.count()).toBe(paused + 1)
  await expect(indicator(page)).toContainText(/Live · updated (just now|\d s ago)/)

  // The tab goes to the background: no requests; it comes back: one at once.
  const setHidden = (hidden: boolean) =>
    page.evaluate((value) => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => value })
      Object.defineProperty(document, 'visibilityState', {
        configurable: true,
        get: () => (value ? 'hidden' : 'visible'),
      })
      document.dispatchEvent(new Event('visibilitychange'))
    }, hidden)
  await setHidden(true)
  await expect(indicator(page)).toContainText('Paused while the tab is hidden')
  const hidden = requests.count()
  await page.waitForTimeout(12_000)
  expect(requests.count()).toBe(hidden)
  await setHidden(false)
  await expect.poll(() => requests.count()).toBe(hidden + 1)
  await expect(indicator(page)).toContainText('Live')
})

test('backs off on a 429 for as long as its Retry-After says, one request at a time', async ({
  page,
}) => {
  const requests = countListRequests(page)
  await page.goto(server.url)
  await expect(indicator(page)).toContainText('Live')
  await page.route(
    (url) => url.pathname === '/api/v1/sessions',
    (route) =>
      route.fulfill({
        status: 429,
        headers: { 'Retry-After': '40', 'Content-Type': 'application/json' },
        body: JSON.stringify({ error: { code: 429, message: 'Too many requests' } }),
      }),
  )
  const start = requests.count()
  await expect(indicator(page)).toContainText('Rate limited', REFRESH_WAIT)
  await expect(indicator(page)).toContainText(/next try in (3\d|40) s/)
  expect(requests.count()).toBe(start + 1)
  await page.waitForTimeout(15_000) // more than an interval, less than the Retry-After
  expect(requests.count()).toBe(start + 1)
  // The rows stay readable meanwhile.
  expect((await shownIds(page))?.length).toBe(20)
})

test('a relative link opened a week later shows the later week', async ({ page }) => {
  const now = await server.advance(7 * 24 * HOUR)
  await page.goto(`${server.url}/?created_from=now-7d`)
  const expected = await server.api.get(
    `/api/v1/sessions?${apiQueryFor('created_from=now-7d', now)}`,
  )
  const ids = ((await expected.json()) as { data: { sessions: Item[] } }).data.sessions.map(
    (s) => s.id,
  )
  expect(ids.length).toBeGreaterThan(0)
  await expect.poll(() => shownIds(page)).toEqual(ids)
  // Every row is from the week before the moved clock, none from the week the clock started in.
  const newest = (await newestPage())[0]!
  expect(Date.parse(newest.created_at)).toBeGreaterThan(now - 7 * 24 * HOUR)
  expect(ids[0]).toBe(newest.id)
})
