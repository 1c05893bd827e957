import { test } from '@playwright/test'
import {
  expect,
  expectFiltersKept,
  expectRowsOfUrl,
  faultSwitch,
  FILTERED_QUERY,
  isTablePage,
  unexpectedPageErrors,
} from './faults-helpers.ts'
import { paramsOf, urlQuery } from './filters-helpers.ts'
import { tableOf } from './table-helpers.ts'

// Faults that leave the table nothing to show: the page says what went wrong (the API's own
// message where it sent one), keeps the filters, and shows rows again once the upstream is
// back and the person retries. Every request of the table fails while the fault is on, the
// query client's own retries included.

test.use({ viewport: { width: 1440, height: 900 } })
test.describe.configure({ timeout: 60_000 })

const ERROR_FAULTS = [
  { fault: 'status=500', message: 'Internal Server Error', why: 'the API’s own message' },
  { fault: 'status=503', message: 'Service Unavailable', why: 'the API’s own message' },
  { fault: 'status=400', message: 'Bad Request', why: 'not retried, shown at once' },
  {
    fault: 'status=504,nested-error',
    message: 'Gateway Timeout',
    why: 'the message read from the nested error shape',
  },
  { fault: 'html', message: 'not valid JSON', why: 'an HTML error page instead of JSON' },
  { fault: 'truncated', message: 'not valid JSON', why: 'JSON cut off halfway' },
  { fault: 'no-data', message: 'without a list of sessions', why: 'a body without data' },
  { fault: 'drop', message: 'The API could not be reached', why: 'the proxy’s word for it' },
  { fault: 'abort', message: 'dashboard server could not be reached', why: 'no answer at all' },
] as const

for (const { fault, message, why } of ERROR_FAULTS) {
  test(`${fault}: a clear message (${why}), filters kept, Retry recovers`, async ({
    page,
    request,
  }) => {
    const errors = unexpectedPageErrors(page)
    const faults = await faultSwitch(page, isTablePage)
    faults.set(fault)
    await page.goto(`/?${FILTERED_QUERY}`)

    const table = tableOf(page)
    await expect(table.getByText('Sessions could not be loaded')).toBeVisible()
    await expect(table.getByText(message)).toBeVisible()
    await expect(table.locator('tbody tr')).toHaveCount(0)
    // The region says it failed, not that it is still loading.
    await expect(table.getByText('Loading sessions…')).toHaveCount(0)
    await expectFiltersKept(page)
    expect(faults.faulted().length).toBeGreaterThan(0)

    faults.set(null)
    await table.getByRole('button', { name: 'Retry' }).click()
    await expectRowsOfUrl(page, request)
    await expect(table.getByText('Sessions could not be loaded')).toHaveCount(0)
    await expectFiltersKept(page)
    expect(errors).toEqual([])
  })
}

test('401: the key is named as the problem, with what to do', async ({ page }) => {
  const errors = unexpectedPageErrors(page)
  const faults = await faultSwitch(page, isTablePage)
  faults.set('status=401')
  await page.goto(`/?${FILTERED_QUERY}`)
  const table = tableOf(page)
  await expect(table.getByText('The Anchor API did not accept the API key')).toBeVisible()
  await expect(table.getByText('Invalid API Key')).toBeVisible()
  await expect(table.getByText('ANCHOR_API_KEY', { exact: true })).toBeVisible()
  await expectFiltersKept(page)
  expect(errors).toEqual([])
})

test('a failure after a filter change: the next interaction brings rows back', async ({
  page,
  request,
}) => {
  const errors = unexpectedPageErrors(page)
  const faults = await faultSwitch(page, isTablePage)
  await page.goto(`/?${FILTERED_QUERY}`)
  await expectRowsOfUrl(page, request)

  faults.set('status=502')
  await page.getByRole('button', { name: 'Last 7 days' }).click()
  const table = tableOf(page)
  await expect(table.getByText('Sessions could not be loaded')).toBeVisible()
  await expect(table.getByText('Bad Gateway')).toBeVisible()
  // The totals say why they are missing, rather than counting for ever.
  const summary = page.getByRole('region', { name: 'Credits summary' })
  await expect(summary).toContainText('the sessions these filters match could not be loaded')
  await expect(summary).not.toContainText('Counting the matching sessions')
  const failedUrl = urlQuery(page)
  expect(failedUrl).toContain('created_from=')
  await expectFiltersKept(page, failedUrl)

  // The upstream is back; the person changes a filter rather than pressing Retry.
  faults.set(null)
  await page.getByRole('button', { name: 'Remove tag production' }).click()
  await expectRowsOfUrl(page, request)
  expect(paramsOf(urlQuery(page))).toEqual(paramsOf(failedUrl.replace(/&?tags=production/, '')))
  expect(errors).toEqual([])
})

for (const { fault, what } of [
  { fault: 'status=503', what: 'an upstream that fails once and then answers' },
  { fault: 'rate-limit=1', what: 'a rate limit on the first load' },
]) {
  test(`${what}: rows come without any error shown`, async ({ page, request }) => {
    const errors = unexpectedPageErrors(page)
    const faults = await faultSwitch(page, isTablePage)
    faults.set(fault, 1)
    await page.goto(`/?${FILTERED_QUERY}`)
    await expectRowsOfUrl(page, request)
    await expect(tableOf(page).getByText('Sessions could not be loaded')).toHaveCount(0)
    expect(faults.faulted()).toHaveLength(1)
    expect(errors).toEqual([])
  })
}
