import { expect, test, type Page } from '@playwright/test'
import { apiSessions, expectRowsMatchUrl, rowOf, tableOf, urlParams } from './table-helpers.ts'

// The server-rendered list page is on screen, and clickable, before the app has started. What a
// person does in that moment must not be lost. Each test holds the app's code back, acts on the
// server's HTML, then lets the app start.

test.use({ viewport: { width: 1440, height: 900 } })

/** Holds back the chunk that starts the app until the returned function is called. */
async function holdTheApp(page: Page): Promise<() => void> {
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/assets\/bootstrap-[^/]+\.js$/, async (route) => {
    await released
    await route.continue()
  })
  return release
}

test('a sort clicked before the app starts is made once it has', async ({ page, request }) => {
  const startTheApp = await holdTheApp(page)
  await page.goto('/', { waitUntil: 'domcontentloaded' })
  await tableOf(page).getByRole('columnheader', { name: 'Credits' }).getByRole('button').click()
  expect(urlParams(page)).toEqual({})

  startTheApp()
  await expect.poll(() => urlParams(page)).toEqual({ sort_by: 'used_credits' })
  await expect(tableOf(page).getByRole('table')).toHaveAccessibleName(/sorted by credits/)
  await expectRowsMatchUrl(page, request)
})

test('"Go to the last page" clicked before the app starts goes there', async ({
  page,
  request,
}) => {
  const { total_pages: last } = await apiSessions(request, 'limit=50')
  const startTheApp = await holdTheApp(page)
  await page.goto('/?limit=50&page=999', { waitUntil: 'domcontentloaded' })
  await page.getByRole('button', { name: /Go to the last page/ }).click()

  startTheApp()
  await expect.poll(() => urlParams(page)).toEqual({ limit: '50', page: String(last) })
  await expectRowsMatchUrl(page, request)
})

test('a page size chosen before the app starts is applied', async ({ page, request }) => {
  const startTheApp = await holdTheApp(page)
  await page.goto('/', { waitUntil: 'domcontentloaded' })
  const pageSize = page.getByRole('navigation', { name: 'Pages' }).getByLabel('Rows per page')
  await pageSize.selectOption('50')

  startTheApp()
  await expect.poll(() => urlParams(page)).toEqual({ limit: '50' })
  await expect(pageSize).toHaveValue('50')
  expect(await expectRowsMatchUrl(page, request)).toHaveLength(50)
})

test('what is typed before the app starts is kept, and the typing goes on from it', async ({
  page,
}) => {
  const startTheApp = await holdTheApp(page)
  await page.goto('/', { waitUntil: 'domcontentloaded' })
  const filters = page.getByRole('complementary', { name: 'Filters' })
  const tags = filters.getByLabel('Tags (all must match)')
  await tags.pressSequentially('over-watch')
  const tagSearch = filters.getByLabel('Tag search')
  await tagSearch.pressSequentially('scr')

  startTheApp()
  await expect.poll(() => urlParams(page)).toEqual({ search: 'scr' })
  await tagSearch.pressSequentially('ap')
  await expect.poll(() => urlParams(page)).toEqual({ search: 'scrap' })
  // The tag typed out but not yet added is still there, and added like any other.
  await expect(tags).toHaveValue('over-watch')
  await tags.press('Enter')
  await expect.poll(() => urlParams(page)).toEqual({ search: 'scrap', tags: 'over-watch' })
})

test('a row clicked before the app starts opens, and arrow keys on a row move', async ({
  page,
  request,
}) => {
  const [first, second, third] = (await apiSessions(request, '')).sessions.map(({ id }) => id)
  let startTheApp = await holdTheApp(page)
  await page.goto('/', { waitUntil: 'domcontentloaded' })
  await rowOf(page, first!).focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  startTheApp()
  await expect(rowOf(page, third!)).toBeFocused()

  await page.unrouteAll()
  startTheApp = await holdTheApp(page)
  await page.reload({ waitUntil: 'domcontentloaded' })
  // On the row's edge, away from the links in its cells.
  await rowOf(page, second!).click({ position: { x: 4, y: 4 } })
  startTheApp()
  await expect(page).toHaveURL(`/sessions/${second}`)
})
