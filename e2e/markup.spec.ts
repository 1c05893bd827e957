import { test, type Page } from '@playwright/test'
import { MARKUP } from '../server/emulator/fault-bodies.ts'
import { STORAGE_KEYS } from '../src/lib/browser-storage.ts'
import {
  expect,
  isDetail,
  isListNavigation,
  serverRenderRequest,
  unexpectedPageErrors,
  withFaultHeader,
} from './faults-helpers.ts'
import { openDetails } from './summary-helpers.ts'
import { rowOf, withListFault } from './table-helpers.ts'

// Values from the API are data, never markup: crafted answers put HTML, script and
// `javascript:` text in every field a person can see, and the page must show them literally,
// run none of them, and build no link to them. Each payload would set window.__xss if it ran.

test.use({ viewport: { width: 1440, height: 900 } })
test.describe.configure({ timeout: 60_000 })

const img = (n: number) => `<img src=x onerror="window.__xss=${n}">`
const script = (n: number) => `<script>window.__xss=${n}</script>`
const js = (n: number) => `javascript:window.__xss=${n}`

const EVIL_ID = `sess_${img(1)}`
/** An id of the form sessions have, whose session holds the crafted values: its page opens. */
const CRAFTED_ID = 'sess_crafted'
const EVIL = {
  status: script(2),
  tags: [img(3), js(4)],
  domains: [js(5), `<a href="${js(6)}">click</a>`],
  apiKey: `<b onmouseover="window.__xss=7">key</b>`,
  batch: js(8),
  profile: `<svg onload="window.__xss=9">`,
  proxyType: `<iframe src="${js(10)}"></iframe>`,
  browserIp: `"><script>window.__xss=11</script>`,
  long: `${img(12)}${'-x'.repeat(3000)}`,
}

const CREATED_AT = '2026-10-30T12:00:00.000Z'

const listItem = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  status: EVIL.status,
  tags: EVIL.tags,
  domains: EVIL.domains,
  headless: true,
  recording: true,
  used_credits: 1.5,
  proxy_bytes: 1024,
  proxy_type: EVIL.proxyType,
  steps: 3,
  duration: 60,
  created_at: CREATED_AT,
  user_configuration: {
    session: { idle_timeout: 300, batch_id: EVIL.batch },
    browser: { profile: { name: EVIL.profile }, headless: { active: true } },
    proxy: { active: true, type: EVIL.proxyType },
    note: script(13),
  },
  task_initiated: false,
  task_executions_count: 0,
  api_key_name: EVIL.apiKey,
  browser_ip: EVIL.browserIp,
  ...overrides,
})

const LIST = {
  data: {
    sessions: [
      listItem(EVIL_ID),
      listItem(CRAFTED_ID),
      listItem('sess_long', { tags: [EVIL.long], domains: [EVIL.long], api_key_name: EVIL.long }),
    ],
    total: 3,
    page: 1,
    total_pages: 1,
  },
}

const DETAIL = {
  data: {
    session_id: CRAFTED_ID,
    team_id: img(14),
    status: EVIL.status,
    created_at: CREATED_AT,
    duration: 60,
    credits_used: 1.5,
    proxy_bytes: 1024,
    playground: false,
    configuration: LIST.data.sessions[0]!.user_configuration,
    tokens: { [img(15)]: js(16) },
    steps: [{ action: script(17), url: js(18) }],
    tags: { [img(19)]: true, [js(20)]: true },
  },
}

const RECORDINGS = {
  data: {
    count: 1,
    items: [
      {
        id: 'rec_1',
        is_primary: true,
        file_link: js(21),
        suggested_file_name: img(22),
        duration: script(23),
        size: 2048,
        created_at: CREATED_AT,
      },
    ],
  },
}

const DOWNLOADS = {
  data: {
    count: 1,
    items: [
      {
        id: 'dl_1',
        file_link: js(24),
        original_download_url: js(25),
        origin_url: js(26),
        suggested_file_name: img(27),
        original_file_name: img(28),
        duration: 10,
        size: 512,
        created_at: CREATED_AT,
      },
    ],
  },
}

/** Every column on, so every field is on screen (ids unknown to the app are ignored). */
const ALL_COLUMNS = Object.fromEntries(
  [
    ...['created_at', 'session_id', 'status', 'tags', 'domains', 'used_credits', 'duration'],
    ...['steps', 'proxy_bytes', 'api_key_name', 'headless', 'recording', 'proxy', 'proxy_type'],
    ...['task_initiated', 'task_executions_count', 'browser_ip', 'batch_id', 'profile_name'],
    ...['playground', 'extra_stealth', 'user_configuration'],
  ].map((id) => [id, true]),
)

async function showAllColumns(page: Page) {
  await page.addInitScript(
    ({ key, columns }) => {
      localStorage.setItem(key, JSON.stringify(columns))
      window.alert = () => Object.assign(window, { __xss: 'alert' })
    },
    { key: STORAGE_KEYS.columns, columns: ALL_COLUMNS },
  )
}

/**
 * The browser's requests get the crafted answers. The server's own request for the first page
 * fails, so the browser asks for it too and renders these answers itself (the server-rendered
 * page has a test of its own below).
 */
async function serveCraftedAnswers(page: Page) {
  await showAllColumns(page)
  await page.route(isListNavigation, (route) =>
    serverRenderRequest(route) ? withFaultHeader(route, 'status=503') : route.fallback(),
  )
  await page.route('**/api/v1/sessions?**', (route) => route.fulfill({ json: LIST }))
  await page.route(
    (url) => isDetail(url),
    (route) => route.fulfill({ json: DETAIL }),
  )
  await page.route('**/api/v1/sessions/*/recordings', (route) =>
    route.fulfill({ json: RECORDINGS }),
  )
  await page.route('**/api/v1/sessions/*/downloads', (route) => route.fulfill({ json: DOWNLOADS }))
}

/** Nothing ran, nothing of the payloads became an element, and no link leaves the app. */
async function expectInert(page: Page) {
  const report = await page.evaluate(() => {
    const handlers = [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes]
        .filter((attribute) => attribute.name.startsWith('on'))
        .map((attribute) => `${element.tagName} ${attribute.name}`),
    )
    const links = [...document.querySelectorAll('a')].map((a) => ({
      raw: a.getAttribute('href') ?? '',
      protocol: new URL(a.href, location.href).protocol,
      origin: new URL(a.href, location.href).origin,
    }))
    return {
      xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
      handlers,
      injected: document.querySelectorAll(
        'img[src="x"], iframe, main svg[onload], main b, main script',
      ).length,
      badLinks: links.filter(
        (link) =>
          /^\s*javascript:/i.test(link.raw) ||
          link.protocol !== location.protocol ||
          link.origin !== location.origin,
      ),
    }
  })
  expect(report).toEqual({ xss: null, handlers: [], injected: 0, badLinks: [] })
}

test('the list, its summary and its filters show crafted values as text and run none', async ({
  page,
}) => {
  const errors = unexpectedPageErrors(page)
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await serveCraftedAnswers(page)
  await page.goto('/')

  const row = rowOf(page, EVIL_ID)
  await expect(row).toBeVisible()
  for (const text of [EVIL.status, EVIL.tags[0]!, EVIL.domains[0]!, EVIL.apiKey, EVIL.batch]) {
    await expect(row.getByText(text, { exact: false }).first()).toBeAttached()
  }
  // A cell shows one chip; the other tags are in its menu, as text too.
  await row.getByRole('button', { name: /more tags: filters for these tags/ }).click()
  await expect(page.getByRole('menu').getByText(EVIL.tags[1]!).first()).toBeAttached()
  await page.keyboard.press('Escape')
  await expect(row.getByText(EVIL.profile).first()).toBeAttached()
  await expect(row.getByText(EVIL.browserIp)).toBeAttached()
  await expect(row.getByText(EVIL.proxyType).first()).toBeAttached()

  // Hover and open what can be opened: handlers in attributes would fire now.
  await row.getByText(EVIL.apiKey).first().hover()
  const summary = await openDetails(page)
  const breakdowns = [
    ['API key', EVIL.apiKey],
    ['Tags', EVIL.tags[0]!],
    ['Domains', EVIL.domains[0]!],
    ['Status', EVIL.status],
  ] as const
  for (const [tab, text] of breakdowns) {
    await summary.getByRole('button', { name: tab, exact: true }).click()
    await expect(summary.getByText(text).first()).toBeVisible()
  }

  // The page never scrolls sideways, whatever the length of a value.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1440)
  await expectInert(page)
  expect(dialogs).toEqual([])
  expect(errors).toEqual([])
})

test('the detail page shows crafted values as text, including configuration and recordings', async ({
  page,
}) => {
  const errors = unexpectedPageErrors(page)
  await serveCraftedAnswers(page)
  await page.goto('/')
  // An id no session can have opens no page, whatever it holds: nothing is asked of the API.
  await rowOf(page, EVIL_ID).getByRole('cell').nth(2).click()
  await expect(page.getByRole('heading', { name: 'This address names no session' })).toBeVisible()
  await expectInert(page)
  await page.goBack()

  // The status cell: nothing in it is a link or a button of its own.
  await rowOf(page, CRAFTED_ID).getByRole('cell').nth(2).click()
  await expect(page.getByRole('heading', { level: 1, name: CRAFTED_ID })).toBeVisible()
  expect(new URL(page.url()).pathname).toBe(`/sessions/${CRAFTED_ID}`)

  const main = page.locator('main')
  const shown = [img(19), js(20), EVIL.profile, EVIL.batch, EVIL.apiKey, img(22), js(26), img(27)]
  for (const text of shown) {
    await expect(main.getByText(text).first()).toBeAttached()
  }
  await expect(page.getByRole('region', { name: 'Configuration' })).toContainText('note')
  await expectInert(page)

  // The same page opened from a link (no list in the cache) reads the detail alone.
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: CRAFTED_ID })).toBeVisible()
  await expectInert(page)
  expect(errors).toEqual([])
})

test('the page the server renders shows crafted values as text, in its HTML and its state', async ({
  page,
  request,
}) => {
  const errors = unexpectedPageErrors(page)
  await showAllColumns(page)
  await withListFault(page, 'markup')

  // The HTML as sent: the only scripts are the app's own and its inert JSON state.
  const html = await (await request.get('/', { headers: { 'x-emulator-fault': 'markup' } })).text()
  // The state carries the payload with `<` escaped, so it cannot close its script element.
  expect(html).toContain('\\u003c/script>\\u003cscript>window.__xss=')
  expect(html.match(/<script\b[^>]*>/g)).toEqual([
    expect.stringMatching(/^<script type="module" crossorigin src="\/assets\/[^"]+\.js">$/),
    '<script type="application/json" id="server-state">',
  ])

  await page.goto('/')
  const row = page.locator('tbody[data-session-rows] tr').first()
  for (const text of [MARKUP.status, MARKUP.tag, MARKUP.domain, MARKUP.apiKey]) {
    await expect(row.getByText(text, { exact: false }).first()).toBeAttached()
  }
  // A cell shows one chip; the other tag is in its menu, as text too.
  await row.getByRole('button', { name: /more tags: filters for these tags/ }).click()
  await expect(page.getByRole('menu').getByText(MARKUP.tagLink).first()).toBeAttached()
  await page.keyboard.press('Escape')
  for (const text of [MARKUP.proxyType, MARKUP.batch, MARKUP.profile]) {
    await expect(row.getByText(text).first()).toBeAttached()
  }
  await row.getByText(MARKUP.apiKey).first().hover()
  await expectInert(page)
  expect(errors).toEqual([])
})
