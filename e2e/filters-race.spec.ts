import { expect, test } from '@playwright/test'
import { expectRowsMatchUrl, paramsOf, shownIds, SETTLE_MS, urlQuery } from './filters-helpers.ts'

test.describe.configure({ timeout: 90_000 })
test.use({ viewport: { width: 1440, height: 900 } })

/** Latency of the n-th list request after the first view: the earlier, the slower. */
const LATENCIES_MS = [3000, 2400, 1800, 1200, 600, 0]

test('rapid filter changes against a slow API end on the rows of the final URL', async ({
  page,
  request,
}) => {
  await page.goto('/')
  await expectRowsMatchUrl(page, request)

  // From here on, each first-page request of the table is slower than the one after it, so
  // answers come back in the reverse order of the questions.
  let sent = 0
  const answered: Promise<void>[] = []
  await page.route('**/api/v1/sessions?**', (route) => {
    const isTablePage = /[?&]page=1&limit=(10|20|50)&sort_by=created_at/.test(route.request().url())
    if (!isTablePage) return route.continue()
    const latency = LATENCIES_MS[Math.min(sent, LATENCIES_MS.length - 1)]
    sent += 1
    const done = route
      .continue({
        headers: { ...route.request().headers(), 'x-emulator-fault': `latency=${latency}` },
      })
      // A superseded request is aborted by the page; that is the point.
      .catch(() => undefined)
    answered.push(done)
    return done
  })

  const panel = page.getByRole('complementary', { name: 'Filters' })
  await panel.getByLabel('Status').fill('completed')
  await panel
    .getByRole('group', { name: 'Proxy active' })
    .getByRole('radio', { name: 'Yes' })
    .click()
  await panel
    .getByRole('group', { name: 'Rows per page' })
    .getByRole('radio', { name: '10' })
    .click()
  await panel.getByLabel('Status').fill('failed')
  await panel
    .getByRole('group', { name: 'Proxy active' })
    .getByRole('radio', { name: 'No' })
    .click()

  const final = { limit: '10', status: 'failed', proxy: 'false' }
  await expect.poll(() => paramsOf(urlQuery(page))).toEqual(final)
  const rows = await expectRowsMatchUrl(page, request)
  expect(sent, 'the changes went out as separate requests').toBeGreaterThan(1)

  // Once every slow answer is in, the view must still be the final one.
  await Promise.all(answered)
  await expect.poll(() => shownIds(page), { timeout: SETTLE_MS }).toEqual(rows)
  expect(paramsOf(urlQuery(page))).toEqual(final)
})
