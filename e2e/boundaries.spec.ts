import { test } from '@playwright/test'
import { expect, expectFiltersKept, expectRowsOfUrl, FILTERED_QUERY } from './faults-helpers.ts'
import { tableOf } from './table-helpers.ts'

// A region that fails to render shows its own fallback and leaves the rest of the page working.
// The honest way to break one in a real browser: the account usage card is its own code chunk,
// and a chunk that fails to load (a deploy replaced it, a flaky network) throws in the render.

test.use({ viewport: { width: 1440, height: 900 } })
test.describe.configure({ timeout: 60_000 })

test('a region that cannot load its code leaves the filters and the table working', async ({
  page,
  request,
}) => {
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  await page.route('**/account-usage.tsx*', (route) => route.abort('failed'))
  await page.route('**/assets/account-usage-*.js', (route) => route.abort('failed'))

  await page.goto(`/?${FILTERED_QUERY}`)
  // The card loads as it comes near the viewport.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
  const fallback = page.getByRole('alert').filter({ hasText: 'Account usage could not' })
  await expect(fallback).toBeVisible()
  await expect(fallback.getByRole('button', { name: 'Try again' })).toBeVisible()

  // Everything else still works: rows, filters, sorting.
  await expectRowsOfUrl(page, request)
  await expectFiltersKept(page)
  await page.getByRole('columnheader', { name: 'Credits', exact: true }).getByRole('button').click()
  await expectRowsOfUrl(page, request)
  await expect(tableOf(page).locator('tbody tr').first()).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible()
  expect(pageErrors).toEqual([])
})
