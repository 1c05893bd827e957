import { expect, test, type Page } from '@playwright/test'
import { figure, formatCount, formatCredits } from './summary-helpers.ts'
import { tableOf } from './table-helpers.ts'

test.describe.configure({ timeout: 60_000 })

/** The card sits below the rows: it, its code and its data come as it is scrolled near. */
const scrollToTheEnd = (page: Page) =>
  page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))

test('the account usage is not asked for until its card is scrolled near', async ({ page }) => {
  const asked: string[] = []
  page.on('request', (request) => {
    const { pathname } = new URL(request.url())
    if (/^\/api\/v1\/(sessions\/history|billing)$|account-usage/.test(pathname))
      asked.push(pathname)
  })
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto('/')
  await expect(tableOf(page).getByRole('table')).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(asked).toEqual([])
  await expect(page.getByRole('region', { name: /^Whole account/ })).toHaveCount(0)

  await scrollToTheEnd(page)
  await expect(page.getByRole('region', { name: /^Whole account/ })).toBeVisible()
  await expect.poll(() => asked.length).toBe(3)
})

for (const query of [
  '',
  'created_from=2026-10-31T00:00:00.000Z&created_to=2026-11-01T00:00:00.000Z',
]) {
  test(`account usage matches the API's history and billing${query ? ': created range' : ''}`, async ({
    page,
    request,
  }) => {
    const historyRequest = page.waitForRequest('**/api/v1/sessions/history?**')
    await page.goto(`/?${query}`)
    await scrollToTheEnd(page)
    const asked = new URL((await historyRequest).url())
    if (query) {
      expect(asked.searchParams.get('from_date')).toBe('2026-10-31T00:00:00.000Z')
      expect(asked.searchParams.get('to_date')).toBe('2026-11-01T00:00:00.000Z')
      expect(asked.searchParams.get('granularity')).toBe('hour')
    } else {
      const span =
        Date.parse(asked.searchParams.get('to_date')!) -
        Date.parse(asked.searchParams.get('from_date')!)
      expect(span).toBe(30 * 24 * 3_600_000)
      expect(asked.searchParams.get('granularity')).toBe('day')
    }

    // The same request, made by the test: the figures shown must be its summary.
    const history = await request.get(`${asked.pathname}${asked.search}`)
    expect(history.ok()).toBe(true)
    const { summary } = (await history.json()) as {
      summary: { total_sessions: number; total_credits_used: number }
    }
    const billingResponse = await request.get('/api/v1/billing')
    const billing = (
      (await billingResponse.json()) as {
        data: {
          credits: number
          included_credits: number
          credits_used: number
          billing_period: string
          tier: string
        }
      }
    ).data

    const usage = page.getByRole('region', { name: /^Whole account/ })
    await expect(figure(usage, 'Credits used')).toHaveText(
      formatCredits(summary.total_credits_used),
    )
    await expect(figure(usage, 'Sessions')).toHaveText(formatCount(summary.total_sessions))
    await expect(figure(usage, 'Credit balance')).toHaveText(formatCredits(billing.credits))
    await expect(figure(usage, 'Included credits')).toHaveText(
      formatCredits(billing.included_credits),
    )
    await expect(figure(usage, 'Used this period')).toHaveText(formatCredits(billing.credits_used))
    await expect(figure(usage, 'Billing period')).toHaveText(billing.billing_period)
    await expect(figure(usage, 'Tier')).toHaveText(billing.tier)
  })
}
