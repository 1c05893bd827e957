import { test, type APIRequestContext, type Page } from '@playwright/test'
import {
  expect,
  expectFiltersKept,
  expectNoBrokenValues,
  expectRowsOfUrl,
  faultSwitch,
  FILTERED_QUERY,
  isDetail,
  isWalkPage,
  unexpectedPageErrors,
} from './faults-helpers.ts'
import { apiSessions } from './table-helpers.ts'

// The same upstream faults on the session page and on the credits summary's walk: a clear
// message or what can be shown, the rest of the page untouched, and recovery.

test.use({ viewport: { width: 1440, height: 900 } })
test.describe.configure({ timeout: 60_000 })

async function someSessionId(request: APIRequestContext) {
  const { sessions } = await apiSessions(request, 'page=2')
  return sessions[0]!.id
}

const heading = (page: Page, id: string) => page.getByRole('heading', { level: 1, name: id })

test.describe('the session page', () => {
  const ERRORS = [
    { fault: 'status=500', message: 'Internal Server Error' },
    { fault: 'html', message: 'not valid JSON' },
    { fault: 'truncated', message: 'not valid JSON' },
    { fault: 'no-data', message: 'without its data' },
    { fault: 'drop', message: 'The API could not be reached' },
  ]
  for (const { fault, message } of ERRORS) {
    test(`${fault}: a clear message, the way back, and Retry recovers`, async ({
      page,
      request,
    }) => {
      const errors = unexpectedPageErrors(page)
      const id = await someSessionId(request)
      const faults = await faultSwitch(page, isDetail)
      faults.set(fault)
      await page.goto(`/sessions/${id}`)
      await expect(page.getByText('This session could not be loaded')).toBeVisible()
      await expect(page.getByText(message)).toBeVisible()
      await expect(page.getByRole('link', { name: 'All sessions' })).toBeVisible()

      faults.set(null)
      await page.getByRole('button', { name: 'Retry' }).click()
      await expect(heading(page, id)).toBeVisible()
      await expect(page.getByText('This session could not be loaded')).toHaveCount(0)
      expect(errors).toEqual([])
    })
  }

  test('missing fields: the page renders with dashes where values are gone', async ({
    page,
    request,
  }) => {
    const errors = unexpectedPageErrors(page)
    const id = await someSessionId(request)
    const faults = await faultSwitch(page, isDetail)
    faults.set('missing-fields')
    await page.goto(`/sessions/${id}`)
    await expect(heading(page, id)).toBeVisible()
    // status, created_at and credits_used are gone from the answer.
    await expect(page.getByText('Created —')).toBeVisible()
    const credits = page
      .locator('dt', { hasText: 'Credits' })
      .locator('xpath=following-sibling::dd')
    await expect(credits).toContainText('—')
    await expectNoBrokenValues(page)
    expect(errors).toEqual([])
  })

  test('numbers as strings and extra fields: the same page as without them', async ({
    page,
    request,
  }) => {
    const errors = unexpectedPageErrors(page)
    const id = await someSessionId(request)
    const faults = await faultSwitch(page, isDetail)
    await page.goto(`/sessions/${id}`)
    await expect(heading(page, id)).toBeVisible()
    const header = page.locator('main header')
    await expect(header.locator('dl')).not.toContainText('—')
    const plain = await header.innerText()

    faults.set('string-numbers,extra-fields')
    await page.reload()
    await expect(heading(page, id)).toBeVisible()
    expect(faults.faulted().length).toBeGreaterThan(0)
    await expect.poll(() => header.innerText()).toBe(plain)
    await expect(page.locator('main')).not.toContainText('added by the extra-fields fault')
    await expectNoBrokenValues(page)
    expect(errors).toEqual([])
  })

  test('very long strings: cut with an ellipsis, the page never scrolls sideways', async ({
    page,
    request,
  }) => {
    const errors = unexpectedPageErrors(page)
    const id = await someSessionId(request)
    const faults = await faultSwitch(page, isDetail)
    faults.set('long-strings')
    await page.goto(`/sessions/${id}`)
    await expect(heading(page, id)).toBeVisible()
    const chip = page.getByRole('link', { name: /^Sessions with tag very-long-tag/ })
    await expect(chip).toBeVisible()
    const box = await chip.evaluate((element) => ({
      clipped: element.scrollWidth > element.clientWidth,
      ellipsis: getComputedStyle(element).textOverflow === 'ellipsis',
      title: (element.getAttribute('title') ?? '').length,
    }))
    expect(box.clipped && box.ellipsis).toBe(true)
    expect(box.title).toBeGreaterThan(5000)
    for (const viewport of [
      { width: 1440, height: 900 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(viewport)
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
        .toBeLessThanOrEqual(viewport.width)
    }
    expect(errors).toEqual([])
  })
})

test.describe('the credits summary', () => {
  const summaryOf = (page: Page) => page.getByRole('region', { name: 'Credits summary' })
  const totalsOf = (page: Page) =>
    summaryOf(page).getByRole('region', { name: 'Everything the filters match' })

  test('a walk that fails says why, leaves the table alone, and Try again recovers', async ({
    page,
    request,
  }) => {
    const errors = unexpectedPageErrors(page)
    const faults = await faultSwitch(page, isWalkPage)
    faults.set('status=503')
    await page.goto(`/?${FILTERED_QUERY}`)
    const totals = totalsOf(page)
    await expect(totals.getByText('The totals could not be computed')).toBeVisible()
    await expect(totals.getByText('Service Unavailable')).toBeVisible()
    await expectRowsOfUrl(page, request)
    await expectFiltersKept(page)

    faults.set(null)
    await totals.getByRole('button', { name: 'Try again' }).click()
    // Recompute is offered once totals are in (the figures' labels show from the start).
    await expect(totals.getByRole('button', { name: 'Recompute' })).toBeVisible()
    await expect(totals.getByText('The totals could not be computed')).toHaveCount(0)
    expect(errors).toEqual([])
  })

  test('a walk told to slow down waits and still finishes', async ({ page }) => {
    const errors = unexpectedPageErrors(page)
    const faults = await faultSwitch(page, isWalkPage)
    faults.set('rate-limit=1', 2)
    await page.goto(`/?${FILTERED_QUERY}`)
    const totals = totalsOf(page)
    await expect(totals.getByRole('button', { name: 'Recompute' })).toBeVisible({
      timeout: 20_000,
    })
    await expect(totals.getByText('The totals could not be computed')).toHaveCount(0)
    expect(faults.faulted()).toHaveLength(2)
    expect(errors).toEqual([])
  })

  test('numbers as strings: the same totals as without the fault', async ({ page }) => {
    const errors = unexpectedPageErrors(page)
    const faults = await faultSwitch(page, isWalkPage)
    faults.set('string-numbers')
    await page.goto(`/?${FILTERED_QUERY}`)
    const totals = totalsOf(page)
    const figures = totals.locator('dl').first()
    await expect(totals.getByRole('button', { name: 'Recompute' })).toBeVisible()
    const withStrings = await figures.innerText()
    expect(faults.faulted().length).toBeGreaterThan(0)

    faults.set(null)
    await totals.getByRole('button', { name: 'Recompute' }).click()
    await expect(totals.getByRole('button', { name: 'Recompute' })).toBeVisible()
    expect(await figures.innerText()).toBe(withStrings)
    await expectNoBrokenValues(page)
    expect(errors).toEqual([])
  })

  test('sessions without an id: the totals say how many they could not count', async ({ page }) => {
    const errors = unexpectedPageErrors(page)
    const faults = await faultSwitch(page, isWalkPage)
    faults.set('missing-fields')
    await page.goto(`/?${FILTERED_QUERY}`)
    const totals = totalsOf(page)
    await expect(totals.getByRole('button', { name: 'Recompute' })).toBeVisible()
    await expect(
      totals.getByText(/sessions? without an id (is|are) not in these totals/),
    ).toBeVisible()
    await expectNoBrokenValues(page)

    faults.set(null)
    await totals.getByRole('button', { name: 'Recompute' }).click()
    await expect(totals.getByRole('button', { name: 'Recompute' })).toBeVisible()
    await expect(totals.getByText(/without an id/)).toHaveCount(0)
    expect(errors).toEqual([])
  })
})
