import { test, type Page } from '@playwright/test'
import { shownIds, urlQuery } from './filters-helpers.ts'
import {
  columnTexts,
  expect,
  expectFiltersKept,
  expectNoBrokenValues,
  expectRowsOfUrl,
  faultSwitch,
  faultyApiPage,
  FILTERED_QUERY,
  isListPage,
  isTablePage,
  tablePageStarts,
  unexpectedPageErrors,
} from './faults-helpers.ts'
import { rowOf, tableOf } from './table-helpers.ts'

// Faults that answer, but not quite as the contract says, and faults of timing: the table
// renders what it can, keeps the filters, and is whole again once the upstream is.

test.use({ viewport: { width: 1440, height: 900 } })
test.describe.configure({ timeout: 60_000 })

const DASH = '—'

/** Sorting by credits the other way: a fresh request, whatever the cache holds. */
async function sortByCreditsAgain(page: Page) {
  await page.getByRole('columnheader', { name: 'Credits', exact: true }).getByRole('button').click()
}

test('missing fields: rows without an id are skipped and counted, other gaps are dashes', async ({
  page,
  request,
}) => {
  const errors = unexpectedPageErrors(page)
  const raw = await faultyApiPage(request, FILTERED_QUERY, 'missing-fields')
  const readable = raw.filter((item) => typeof item.id === 'string')
  const skipped = raw.length - readable.length
  expect(skipped).toBeGreaterThan(0)

  const faults = await faultSwitch(page, isListPage)
  faults.set('missing-fields')
  await page.goto(`/?${FILTERED_QUERY}`)
  await expect.poll(() => shownIds(page)).toEqual(readable.map((item) => item.id))
  const table = tableOf(page)
  await expect(table.getByText(`${skipped} unreadable skipped`)).toBeVisible()

  // Each readable row lost something else; that cell shows a dash, the rest of the row stays.
  const gaps = [
    { field: 'created_at', column: 'Created' },
    { field: 'status', column: 'Status' },
    { field: 'used_credits', column: 'Credits' },
    { field: 'api_key_name', column: 'API key' },
  ]
  for (const { field, column } of gaps) {
    const index = readable.findIndex((item) => !(field in item))
    expect(index, `a row without ${field}`).toBeGreaterThanOrEqual(0)
    const texts = await columnTexts(page, column)
    expect(texts[index], `${column} of row ${index}`).toContain(DASH)
    await expect(rowOf(page, String(readable[index]!.id))).toBeVisible()
  }
  await expectNoBrokenValues(page)
  await expectFiltersKept(page)

  // The upstream is whole again: the next request gives whole rows and no note.
  faults.set(null)
  await sortByCreditsAgain(page)
  await expectRowsOfUrl(page, request)
  await expect(table.getByText('unreadable skipped')).toHaveCount(0)
  expect(errors).toEqual([])
})

test('extra fields: ignored, the page looks as it does without them', async ({ page, request }) => {
  const errors = unexpectedPageErrors(page)
  const faults = await faultSwitch(page, isListPage)
  faults.set('extra-fields')
  await page.goto(`/?${FILTERED_QUERY}`)
  await expectRowsOfUrl(page, request)
  const main = page.locator('main')
  await expect(main).not.toContainText('added by the extra-fields fault')
  await expect(main).not.toContainText('future_metric')
  await expectNoBrokenValues(page)
  await expectFiltersKept(page)
  expect(faults.faulted().length).toBeGreaterThan(0)
  expect(errors).toEqual([])
})

const NUMBER_COLUMNS = ['Credits', 'Duration', 'Steps', 'Proxy data']

async function numbersShown(page: Page) {
  const columns = await Promise.all(NUMBER_COLUMNS.map((label) => columnTexts(page, label)))
  const table = tableOf(page)
  return {
    columns,
    count: await table.locator('p[aria-live]').first().innerText(),
    pages: await page.getByRole('navigation', { name: 'Pages' }).innerText(),
  }
}

test('numbers as strings: read as numbers, the same figures as without the fault', async ({
  page,
  request,
}) => {
  const errors = unexpectedPageErrors(page)
  const faults = await faultSwitch(page, isListPage)
  await page.goto(`/?${FILTERED_QUERY}`)
  await expectRowsOfUrl(page, request)
  const plain = await numbersShown(page)

  // A new page load (a fresh cache) with every number of the body sent as a string.
  faults.set('string-numbers')
  await page.reload()
  await expectRowsOfUrl(page, request)
  expect(faults.faulted().length).toBeGreaterThan(0)
  expect(await numbersShown(page)).toEqual(plain)
  await expectNoBrokenValues(page)
  await expectFiltersKept(page)
  expect(errors).toEqual([])
})

test('very long strings: truncated with an ellipsis, the whole value on hover, no page overflow', async ({
  page,
  request,
}) => {
  const errors = unexpectedPageErrors(page)
  const raw = await faultyApiPage(request, FILTERED_QUERY, 'long-strings')
  const longTag = (raw[0]!.tags as string[])[0]!
  const longKey = String(raw[0]!.api_key_name)
  expect(longTag.length).toBeGreaterThan(1000)

  const faults = await faultSwitch(page, isListPage)
  faults.set('long-strings')
  await page.goto(`/?${FILTERED_QUERY}`)
  await expectRowsOfUrl(page, request)
  const row = rowOf(page, String(raw[0]!.id))

  // Named by their starts: the whole 5,000 characters would drown any failure message.
  const tag = row.getByRole('link', { name: /^Filter by tag very-long-tag/ })
  // The key is text (no drill): its cell clips it, its own title holds it whole.
  const keyText = row.getByTitle(longKey, { exact: true })
  const keyCell = row.getByRole('cell').filter({ has: page.getByTitle(longKey, { exact: true }) })
  for (const [titled, clipped, value] of [
    [tag, tag, longTag],
    [keyText, keyCell, longKey],
  ] as const) {
    expect((await titled.getAttribute('title'))?.includes(value), 'the whole value on hover').toBe(
      true,
    )
    const box = await clipped.evaluate((element) => ({
      clipped: element.scrollWidth > element.clientWidth,
      ellipsis: getComputedStyle(element).textOverflow === 'ellipsis',
      width: element.getBoundingClientRect().width,
    }))
    expect(box).toMatchObject({ clipped: true, ellipsis: true })
    expect(box.width).toBeLessThan(400)
  }

  // The table may scroll sideways inside its own box; the page itself never does.
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport)
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(viewport.width)
  }
  await page.setViewportSize({ width: 1440, height: 900 })
  const rowHeight = await row.evaluate((element) => element.getBoundingClientRect().height)
  expect(rowHeight).toBeLessThan(120)
  await expectFiltersKept(page)
  expect(errors).toEqual([])
})

test('latency: the previous rows stay, dimmed, under a progress bar until the new ones come', async ({
  page,
  request,
}) => {
  const errors = unexpectedPageErrors(page)
  const faults = await faultSwitch(page, isTablePage)
  faults.set('latency=2500')
  await page.goto(`/?${FILTERED_QUERY}`)
  // First load: skeleton rows under the real headers, and the region says it is loading.
  const table = tableOf(page)
  await expect(table.getByText('Loading sessions…')).toBeVisible()
  await expect(table.locator('table')).toHaveAttribute('aria-busy', 'true')
  const before = await expectRowsOfUrl(page, request)

  // The new rows are held back until the page has been looked at: on a busy machine the looking
  // can take longer than any latency, and would then see the new rows instead.
  let releaseRows!: () => void
  const rowsReleased = new Promise<void>((resolve) => (releaseRows = resolve))
  await page.route('**/api/**', async (route) => {
    if (isTablePage(new URL(route.request().url()))) await rowsReleased
    return route.fallback()
  })
  await sortByCreditsAgain(page)
  const progress = table.getByRole('progressbar', { name: 'Loading sessions' })
  await expect(progress).toBeVisible()
  await expect(table.locator('table')).toHaveAttribute('aria-busy', 'true')
  const opacity = await table
    .locator('tbody')
    .evaluate((element) => Number(getComputedStyle(element).opacity))
  expect(opacity).toBeLessThan(1)
  const labels = await table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => row.getAttribute('aria-label')?.replace(/^Session /, '')),
    )
  expect(labels).toEqual(before)

  releaseRows()
  await expectRowsOfUrl(page, request)
  await expect(progress).toHaveCount(0)
  expect(urlQuery(page)).toContain('sort_order=asc')
  expect(errors).toEqual([])
})

/** Timers and resource timing are coarse by a few ms: a wait of 1 s can measure 999.9 ms. */
const TIMER_SLACK_MS = 5

test('rate limit on a change: the app waits as long as Retry-After says, then shows rows', async ({
  page,
  request,
}) => {
  const errors = unexpectedPageErrors(page)
  const faults = await faultSwitch(page, isTablePage)
  await page.goto(`/?${FILTERED_QUERY}`)
  const before = await expectRowsOfUrl(page, request)

  faults.set('rate-limit=2', 1)
  // The retry's rows are held back until the page has been looked at: on a busy machine the
  // looking can take longer than the wait, and would then see the new rows instead.
  let releaseRetry!: () => void
  const retryReleased = new Promise<void>((resolve) => (releaseRetry = resolve))
  let sortedRequests = 0
  await page.route('**/api/**', async (route) => {
    const url = new URL(route.request().url())
    const isSorted = isTablePage(url) && url.search.includes('sort_order=asc')
    if (isSorted && ++sortedRequests > 1) await retryReleased
    return route.fallback()
  })
  await sortByCreditsAgain(page)
  const table = tableOf(page)
  // While it waits, the previous rows stay (dimmed) and no error is shown.
  await expect(table.getByRole('progressbar', { name: 'Loading sessions' })).toBeVisible()
  const labels = await table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => row.getAttribute('aria-label')?.replace(/^Session /, '')),
    )
  expect(labels).toEqual(before)
  releaseRetry()
  await expectRowsOfUrl(page, request)
  await expect(table.getByText('Sessions could not be loaded')).toHaveCount(0)

  const [limited, retried] = faults.requests.filter((r) => r.url.search.includes('sort_order=asc'))
  expect(limited?.fault).toBe('rate-limit=2')
  expect(retried?.fault).toBeNull()
  const [first, again] = await tablePageStarts(page, 'sort_order=asc')
  expect(again! - first!).toBeGreaterThanOrEqual(2000 - TIMER_SLACK_MS)
  expect(errors).toEqual([])
})

test('a long Retry-After is said on the page, with the time of the next try and a "Try now"', async ({
  page,
  request,
}) => {
  const errors = unexpectedPageErrors(page)
  const faults = await faultSwitch(page, isTablePage)
  // In the zone the page shows its times in (here a link's, half an hour off whole hours),
  // like every other time on it, not the machine's.
  await page.goto(`/?${FILTERED_QUERY}&tz=Asia/Kolkata`)
  await expectRowsOfUrl(page, request)

  faults.set('rate-limit=40', 1)
  const sortedAt = Date.now()
  await sortByCreditsAgain(page)
  const table = tableOf(page)
  const notice = table.getByRole('status').filter({ hasText: 'asked us to slow down' })
  await expect(notice).toContainText(/Trying again at \d{2}:\d{2}:\d{2} \(in (3\d|40) s\)/)
  const shown = /Trying again at (\d{2}:\d{2}):/.exec((await notice.textContent()) ?? '')![1]
  const inKolkata = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Kolkata',
    hour: '2-digit',
    minute: '2-digit',
  })
  const retryMinutes = [0, 30_000, 45_000].map((after) => inKolkata.format(sortedAt + after))
  expect(retryMinutes).toContain(shown)
  await notice.getByRole('button', { name: 'Try now' }).click()
  // At once, not 40 s later: the rows of the sorted URL, and the notice gone.
  await expectRowsOfUrl(page, request)
  await expect(notice).toHaveCount(0)
  expect(faults.faulted()).toHaveLength(1)
  expect(errors).toEqual([])
})

test('rate limit that lasts: the API’s message and its wait, then Retry recovers', async ({
  page,
  request,
}) => {
  const errors = unexpectedPageErrors(page)
  const faults = await faultSwitch(page, isTablePage)
  await page.goto(`/?${FILTERED_QUERY}`)
  await expectRowsOfUrl(page, request)

  faults.set('rate-limit=1')
  await sortByCreditsAgain(page)
  const table = tableOf(page)
  await expect(table.getByText('Sessions could not be loaded')).toBeVisible()
  await expect(table.getByText('Rate limit exceeded')).toBeVisible()
  await expect(table.getByText('The API asks to wait 1 s before trying again.')).toBeVisible()
  await expectFiltersKept(page, `${FILTERED_QUERY}&sort_order=asc`)
  // The first try and two retries, each retry the second the API asked for after the last.
  expect(faults.faulted()).toHaveLength(3)
  const starts = await tablePageStarts(page, 'sort_order=asc')
  expect(starts).toHaveLength(3)
  for (let index = 1; index < starts.length; index += 1) {
    expect(starts[index]! - starts[index - 1]!).toBeGreaterThanOrEqual(1000 - TIMER_SLACK_MS)
  }

  faults.set(null)
  await table.getByRole('button', { name: 'Retry' }).click()
  await expectRowsOfUrl(page, request)
  expect(errors).toEqual([])
})
