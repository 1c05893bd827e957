import { expect, test } from '@playwright/test'
import { STORAGE_KEYS } from '../src/lib/browser-storage.ts'
import {
  apiSessions,
  expectRowsMatchUrl,
  findSession,
  rowOf,
  tableOf,
  urlParams,
} from './table-helpers.ts'

test.use({ viewport: { width: 1440, height: 900 } })

type Page = import('@playwright/test').Page
type MarkedWindow = Window & { openedByTest?: boolean }

/** Opens the list and marks its document, which a page load would lose (see expectList). */
async function openList(page: Page, path: string) {
  await page.goto(path)
  await page.evaluate(() => ((window as MarkedWindow).openedByTest = true))
}

/**
 * A drill lands on the list (never on the row's own page) with exactly these parameters, in
 * the app: the document the test opened is still the one shown, not loaded again.
 */
async function expectList(page: Page, params: Record<string, string>) {
  await expect.poll(() => urlParams(page)).toEqual(params)
  expect(new URL(page.url()).pathname).toBe('/')
  expect(await page.evaluate(() => (window as MarkedWindow).openedByTest)).toBe(true)
}

test('a tag adds to the tags filter; Alt-click shows only that tag', async ({ page, request }) => {
  const { sessions } = await apiSessions(request, '')
  // A tag shown as a row's chip (a cell's first tag) whose filtered list holds a row with
  // another tag as its chip, for the Alt-click below.
  let tagged: (typeof sessions)[number] | undefined
  let other: (typeof sessions)[number] | undefined
  for (const session of sessions.filter((s) => (s.tags?.length ?? 0) > 0)) {
    const first = session.tags![0]!
    const narrowed = await apiSessions(request, `tags=${encodeURIComponent(first)}`)
    other = narrowed.sessions.find((s) => s.tags?.[0] && s.tags[0] !== first)
    if (other) {
      tagged = session
      break
    }
  }
  const tag = tagged!.tags![0]!
  await openList(page, '/')
  await rowOf(page, tagged!.id)
    .getByRole('link', { name: `Filter by tag ${tag}` })
    .click()
  await expectList(page, { tags: tag })
  await expectRowsMatchUrl(page, request)

  // In the filtered list, a session whose chip is another tag; Alt-click narrows to it only.
  const otherTag = other!.tags![0]!
  await rowOf(page, other!.id)
    .getByRole('link', { name: `Filter by tag ${otherTag}` })
    .click({ modifiers: ['Alt'] })
  await expectList(page, { tags: otherTag })
  await expectRowsMatchUrl(page, request)
})

test('a domain adds to the domains filter; its cell menu shows only that domain', async ({
  page,
  request,
}) => {
  const { sessions } = await apiSessions(request, '')
  const [first, second] = sessions.filter((session) => (session.domains?.length ?? 0) > 0)
  const domain = first!.domains![0]!
  await openList(page, '/')
  await rowOf(page, first!.id)
    .getByRole('link', { name: `Filter by domain ${domain}` })
    .click()
  await expectList(page, { domains: domain })
  await expectRowsMatchUrl(page, request)

  const narrowed = await apiSessions(request, `domains=${encodeURIComponent(domain)}`)
  const other = narrowed.sessions.find((s) => s.domains?.[0] && s.domains[0] !== domain)
  const target = other ?? second!
  if (!other) await openList(page, '/')
  const otherDomain = target.domains![0]!
  await rowOf(page, target.id)
    .getByRole('button', { name: /filters for (domain|these domains)/i })
    .click()
  await page.getByRole('menuitem', { name: `Show only domain “${otherDomain}”` }).click()
  await expectList(page, { domains: otherDomain })
  await expectRowsMatchUrl(page, request)
})

test.describe('links to the list filtered by batch, profile and API key', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(
      (key) =>
        window.localStorage.setItem(key, JSON.stringify({ batch_id: true, profile_name: true })),
      STORAGE_KEYS.columns,
    )
  })

  test('batch', async ({ page, request }) => {
    const { query, session } = await findSession(
      request,
      (s) => !!s.user_configuration?.session?.batch_id,
    )
    const batch = session.user_configuration!.session!.batch_id!
    await openList(page, `/?${query}`)
    await rowOf(page, session.id).getByRole('link', { name: batch }).click()
    await expectList(page, { limit: '50', batch_id: batch })
    const ids = await expectRowsMatchUrl(page, request)
    expect(ids).toContain(session.id)
  })

  test('profile', async ({ page, request }) => {
    const { query, session } = await findSession(
      request,
      (s) => !!s.user_configuration?.browser?.profile?.name,
    )
    const profile = session.user_configuration!.browser!.profile!.name!
    await openList(page, `/?${query}`)
    await rowOf(page, session.id).getByRole('link', { name: profile, exact: true }).click()
    await expectList(page, { limit: '50', profile_name: profile })
    await expectRowsMatchUrl(page, request)
  })

  test('API key: plain text, promising no filter the API cannot apply; the header sorts by it', async ({
    page,
    request,
  }) => {
    const { sessions } = await apiSessions(request, 'tags=production')
    const session = sessions[0]!
    await openList(page, '/?tags=production')
    const row = rowOf(page, session.id)
    await expect(row.getByText(session.api_key_name, { exact: true })).toBeVisible()
    await expect(row.getByRole('link', { name: session.api_key_name })).toHaveCount(0)
    await tableOf(page).getByRole('columnheader', { name: 'API key' }).getByRole('button').click()
    await expectList(page, { tags: 'production', sort_by: 'api_key_name' })
    await expectRowsMatchUrl(page, request)
  })
})

test('the menu of a list cell drills into values hidden behind "+N" too', async ({
  page,
  request,
}) => {
  const { sessions } = await apiSessions(request, '')
  const session = sessions.find((s) => (s.domains?.length ?? 0) > 1)!
  const hidden = session.domains!.at(-1)!
  await openList(page, '/')
  await rowOf(page, session.id)
    .getByRole('button', { name: /more domains: filters for these domains/ })
    .click()
  const menu = page.getByRole('menu')
  // Both drills for every domain of the session, the ones shown as chips and the hidden ones.
  await expect(menu.getByRole('menuitem')).toHaveCount(session.domains!.length * 2)
  await menu.getByRole('menuitem', { name: `Add domain “${hidden}” to the filter` }).click()
  await expectList(page, { domains: hidden })
  await expectRowsMatchUrl(page, request)
})
