import { expect, test } from '@playwright/test'
import { figure, formatCount, formatCredits } from './summary-helpers.ts'

test.describe.configure({ timeout: 60_000 })

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
