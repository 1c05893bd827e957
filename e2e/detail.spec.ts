import { expect, test } from '@playwright/test'
import { apiSessions, rowOf, urlParams, expectRowsMatchUrl } from './table-helpers.ts'

test.use({ viewport: { width: 1440, height: 900 } })

const heading = (page: import('@playwright/test').Page, id: string) =>
  page.getByRole('heading', { level: 1, name: id })

test('a click on a row opens its page; the way back keeps the filters', async ({
  page,
  request,
}) => {
  const listQuery = 'tags=production&page=2'
  await page.goto(`/?${listQuery}`)
  const [first] = await expectRowsMatchUrl(page, request)
  await rowOf(page, first!).getByRole('cell').nth(2).click()
  await expect(page).toHaveURL(`/sessions/${first}`)
  await expect(heading(page, first!)).toBeVisible()

  await page.getByRole('link', { name: 'Back to the list' }).click()
  await expect.poll(() => urlParams(page)).toEqual({ tags: 'production', page: '2' })
  await expectRowsMatchUrl(page, request)
})

test('keyboard: arrows move between rows and Enter opens one', async ({ page, request }) => {
  await page.goto('/')
  const [first, second] = await expectRowsMatchUrl(page, request)
  await rowOf(page, first!).focus()
  await page.keyboard.press('ArrowDown')
  await expect(rowOf(page, second!)).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(`/sessions/${second}`)
  await expect(heading(page, second!)).toBeVisible()
})

test('a status looks the same in its row and on its page, toned by what it says', async ({
  page,
  request,
}) => {
  await page.goto('/?status=failed')
  const [first] = await expectRowsMatchUrl(page, request)
  const look = (badge: import('@playwright/test').Locator) =>
    badge.evaluate((element) => {
      const style = getComputedStyle(element)
      const dot = getComputedStyle(element, '::before')
      return [style.backgroundColor, style.color, style.borderRadius, dot.backgroundColor]
    })
  const inRow = await look(rowOf(page, first!).getByText('failed', { exact: true }))
  await rowOf(page, first!).getByRole('cell').nth(2).click()
  await expect(heading(page, first!)).toBeVisible()
  const onPage = await look(page.locator('header').getByText('failed', { exact: true }))
  expect(onPage).toEqual(inRow)
  // Toned: not the grey dot of a status the app does not know.
  const unknownDot = await page.evaluate(() => {
    const probe = document.body.appendChild(document.createElement('span'))
    probe.className = 'status'
    const color = getComputedStyle(probe, '::before').backgroundColor
    probe.remove()
    return color
  })
  expect(onPage[3]).not.toBe(unknownDot)
})

test('a deep link shows every field, including what only the list knows', async ({
  page,
  request,
}) => {
  const { sessions } = await apiSessions(request, 'page=3')
  const session = sessions.find((s) => (s.domains?.length ?? 0) > 0)!
  await page.goto(`/sessions/${session.id}`)
  await expect(heading(page, session.id)).toBeVisible()
  // The API key and domains come from the list item, found by the session's creation instant.
  const details = page.getByRole('region', { name: 'Details' })
  await expect(details.getByText(session.api_key_name, { exact: true })).toBeVisible()
  const chips = page.getByRole('region', { name: 'Tags and domains' })
  await expect(
    chips.getByRole('link', { name: `Sessions with domain ${session.domains![0]}` }),
  ).toBeVisible()
  await expect(page.getByRole('region', { name: 'Configuration' })).toContainText('idle_timeout')
  await expect(page.getByRole('link', { name: 'All sessions' })).toHaveAttribute('href', '/')

  // A tag chip opens the list filtered by that tag.
  const tag = session.tags?.[0]
  if (tag) {
    await chips.getByRole('link', { name: `Sessions with tag ${tag}` }).click()
    await expect.poll(() => urlParams(page)).toEqual({ tags: tag })
    await expectRowsMatchUrl(page, request)
  }
})

test('configuration can be copied as JSON', async ({ page, context, request }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const { sessions } = await apiSessions(request, '')
  await page.goto(`/sessions/${sessions[0]!.id}`)
  const card = page.getByRole('region', { name: 'Configuration' })
  await card.getByRole('button', { name: 'Copy as JSON' }).click()
  await expect(card.getByRole('status')).toHaveText('Copied')
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(JSON.parse(copied)).toEqual(sessions[0]!.user_configuration)
})

test('an unknown id gets a clear not-found page', async ({ page }) => {
  await page.goto('/sessions/sess_does_not_exist')
  await expect(page.getByRole('heading', { name: 'Session not found' })).toBeVisible()
  await expect(page.getByText('sess_does_not_exist')).toBeVisible()
  await page.getByRole('link', { name: 'Back to sessions' }).click()
  await expect(page).toHaveURL('/')
})
