import AxeBuilder from '@axe-core/playwright'
import { E2E_EMULATOR_NOW } from './emulator-env.ts'
import { expect, test, type Page } from '@playwright/test'
import {
  fetchAllSessions,
  figure,
  formatCount,
  formatCredits,
  isWalkRequest,
  navigateInApp,
  openDetails,
  plainGroups,
  plainTotals,
  slowWalk,
  summaryRegion,
  totalsRegion,
  type WireSession,
} from './summary-helpers.ts'

// Walks are many requests, and slowed on purpose in some tests: allow for a busy machine.
test.describe.configure({ timeout: 60_000 })

/** Filter sets that match at most 2,000 sessions, so their totals start by themselves. */
const FILTER_SETS = [
  { name: 'failed sessions', query: 'status=failed' },
  // The last day before the emulator's clock: it holds the running sessions.
  {
    name: 'the last day, running sessions included',
    query: 'created_from=2026-10-31T00:00:00.000Z',
  },
]

async function expectTotalsMatch(page: Page, query: string, request: Page['request']) {
  const sessions = await fetchAllSessions(request, query)
  const expected = plainTotals(sessions)
  const region = totalsRegion(page)
  await expect(figure(region, 'Total credits')).toHaveText(formatCredits(expected.credits), {
    timeout: 30_000,
  })
  await expect(figure(region, 'Sessions')).toHaveText(formatCount(expected.sessions))
  await expect(figure(region, 'Running')).toHaveText(formatCount(expected.running))
  await expect(figure(region, 'Average per session')).toHaveText(formatCredits(expected.average!))
  return { sessions, expected }
}

test("a relative range is walked at the clock the list reads it at, the emulator's", async ({
  page,
  request,
}) => {
  // The emulator's clock stands at E2E_EMULATOR_NOW, a month before this browser's: "the last
  // day" is the same day as the first filter set's, and the walk must sum that day, too.
  await page.goto('/?created_from=now-1d')
  const { expected } = await expectTotalsMatch(
    page,
    `created_from=${new Date(Date.parse(E2E_EMULATOR_NOW) - 86_400_000).toISOString()}`,
    request,
  )
  expect(expected.sessions).toBeGreaterThan(0)
})

for (const filterSet of FILTER_SETS) {
  test(`totals and breakdowns equal a plain sum over every page: ${filterSet.name}`, async ({
    page,
    request,
  }) => {
    const walkUrls: string[] = []
    page.on('request', (req) => {
      if (isWalkRequest(req.url())) walkUrls.push(req.url())
    })
    await page.goto(`/?${filterSet.query}`)
    const { sessions, expected } = await expectTotalsMatch(page, filterSet.query, request)
    if (filterSet.query.startsWith('created_from')) expect(expected.running).toBeGreaterThan(0)

    // The walk froze created_to: every page asked for the same end, and the summary says so.
    const createdTo = new Set(walkUrls.map((url) => new URL(url).searchParams.get('created_to')))
    expect(createdTo.size).toBe(1)
    expect([...createdTo][0]).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    await expect(totalsRegion(page)).toContainText('as of')
    // A snapshot, said so, with the bounds it read and what is still moving.
    const frozen = totalsRegion(page).getByText(/^Frozen as of /)
    await expect(frozen).toContainText(/ · created (.+ – |up to ).+ · Recompute to update$/)
    if (expected.running > 0) {
      await expect(frozen).toContainText(
        `still moving: ${formatCount(expected.running)} running, credits not final`,
      )
    }
    expect(walkUrls.every((url) => new URL(url).searchParams.get('limit') === '50')).toBe(true)

    const details = await openDetails(page)
    for (const [button, field, caption] of [
      ['Status', 'status', 'Credits by status'],
      ['API key', 'api_key_name', 'Credits by api key'],
    ] as const) {
      await details.getByRole('button', { name: button, exact: true }).click()
      const table = details.getByRole('table', { name: caption })
      const groups = plainGroups(sessions, field)
      const rows = table.locator('tbody tr')
      const count = await rows.count()
      expect(count).toBe(Math.min(groups.size, 8))
      for (let index = 0; index < count; index += 1) {
        const row = rows.nth(index)
        const name = (await row.locator('th').innerText()).trim()
        const group = groups.get(name)!
        expect(group, `group ${name}`).toBeDefined()
        const credits =
          group.running === group.sessions ? 'not final' : formatCredits(group.credits)
        await expect(row.locator('td').nth(0)).toHaveText(credits)
        await expect(row.locator('td').nth(1)).toContainText(formatCount(group.sessions))
      }
    }
  })
}

test('large results wait for a click that says what it will cost', async ({ page, request }) => {
  const response = await request.get('/api/v1/sessions?limit=10&page=1')
  const { total } = ((await response.json()) as { data: { total: number } }).data
  expect(total).toBeGreaterThan(2000)
  await page.goto('/')
  const button = summaryRegion(page).getByRole('button', {
    name: `Compute totals for ${formatCount(total)} sessions (${formatCount(Math.ceil(total / 50))} requests)`,
  })
  await expect(button).toBeVisible({ timeout: 15_000 })
})

test('cancel stops the walk and keeps what it read, marked partial; no further requests', async ({
  page,
  request,
}) => {
  await slowWalk(page, 600)
  const walkRequests: string[] = []
  const finishedPages: string[] = []
  page.on('request', (req) => {
    if (isWalkRequest(req.url())) walkRequests.push(req.url())
  })
  page.on('requestfinished', (req) => {
    if (isWalkRequest(req.url())) finishedPages.push(req.url())
  })
  await page.goto('/')
  await summaryRegion(page)
    .getByRole('button', { name: /^Compute totals for/ })
    .click()
  const progress = summaryRegion(page).getByRole('progressbar')
  await expect(progress).toHaveAttribute('aria-valuenow', /^[1-9]/, { timeout: 15_000 })
  await expect(progress).toHaveAttribute('aria-valuemax', '100')
  await summaryRegion(page).getByRole('button', { name: 'Cancel' }).click()

  await expect(progress).toHaveCount(0)
  const note = summaryRegion(page).getByText(/^Cancelled: partial totals of /)
  await expect(note).toBeVisible()
  const [, sessions, matching, pagesDone, totalPages] =
    /of ([\d,]+) of ([\d,]+) sessions \(([\d,]+) of ([\d,]+) pages\)/.exec(await note.innerText())!
  expect([matching, totalPages]).toEqual(['5,000', '100'])
  // The partial figures are exactly the sum over the pages the walk had read.
  expect(finishedPages.length).toBe(Number(pagesDone))
  const read: WireSession[] = []
  for (const url of finishedPages) {
    const body = (await (await request.get(url)).json()) as { data: { sessions: WireSession[] } }
    read.push(...body.data.sessions)
  }
  expect(sessions).toBe(formatCount(read.length))
  const totals = totalsRegion(page)
  await expect(figure(totals, 'Sessions')).toHaveText(formatCount(read.length))
  await expect(figure(totals, 'Total credits')).toHaveText(formatCredits(plainTotals(read).credits))
  const sentAtCancel = walkRequests.length
  // Whatever was in flight would have answered by now; nothing new may have been sent.
  await expect(page.getByRole('button', { name: /^Compute totals for/ })).toBeEnabled()
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1500)))
  expect(walkRequests.length).toBe(sentAtCancel)
})

test('changing the filters mid-walk aborts it and never shows the old totals', async ({
  page,
  request,
}) => {
  // Slow enough that the first walk cannot finish while the test changes the filters.
  const setLatency = await slowWalk(page, 1500)
  const walks: Record<string, string[]> = { failed: [], terminated: [] }
  const aborted: string[] = []
  page.on('request', (req) => {
    if (!isWalkRequest(req.url())) return
    walks[new URL(req.url()).searchParams.get('status') ?? '']?.push(req.url())
  })
  page.on('requestfailed', (req) => {
    if (isWalkRequest(req.url())) aborted.push(req.url())
  })
  await page.goto('/?status=failed')
  const progress = summaryRegion(page).getByRole('progressbar')
  await expect(progress).toHaveAttribute('aria-valuenow', /^[1-9]/, { timeout: 15_000 })

  // From here on, every value the Total credits figure takes on screen is recorded, however
  // briefly shown (totals kept hidden while others load are not on screen).
  await page.evaluate(() => {
    const seen: string[] = []
    Object.assign(window, { seenTotals: seen })
    new MutationObserver(() => {
      for (const term of document.querySelectorAll('dt')) {
        if (term.textContent === 'Total credits' && term.checkVisibility())
          seen.push(term.nextElementSibling?.textContent ?? '')
      }
    }).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    })
  })
  setLatency(0)
  await navigateInApp(page, '?status=terminated')
  // Once the new walk has started, the new filters are on screen and the old walk is over.
  await expect.poll(() => walks.terminated!.length, { timeout: 30_000 }).toBeGreaterThan(0)
  const sentForFailed = walks.failed!.length
  await expect
    .poll(() => aborted.some((url) => url.includes('status=failed')), { timeout: 15_000 })
    .toBe(true)

  const terminated = await expectTotalsMatch(page, 'status=terminated', request)
  expect(walks.failed!.length).toBe(sentForFailed)
  // Only the new filters' totals ever appeared: nothing of the aborted walk. (The dash is the
  // figure waiting for its walk, which the strip shows until the totals come.)
  const seen = await page.evaluate(() => (window as unknown as { seenTotals: string[] }).seenTotals)
  expect(new Set(seen.filter((value) => value !== '—'))).toEqual(
    new Set([formatCredits(terminated.expected.credits)]),
  )

  // Back to the first filters: their walk starts over rather than showing half a result.
  await navigateInApp(page, '?status=failed')
  await expectTotalsMatch(page, 'status=failed', request)
})

test('the chart gives each bar its exact figure on keyboard focus', async ({ page }) => {
  await page.goto('/?status=failed')
  const details = await openDetails(page)
  const chart = details.getByRole('group', { name: /^Credits per (day|hour|week)/ })
  const bar = chart.locator('[tabindex="0"]')
  await bar.focus()
  await expect(bar).toHaveAttribute('aria-label', /: [\d,]+\.\d{2} credits, [\d,]+ sessions/)
  const first = await bar.getAttribute('aria-label')
  await page.keyboard.press('Home')
  const focused = chart.locator(':focus')
  await expect(focused).not.toHaveAttribute('aria-label', first!)
  const label = (await focused.getAttribute('aria-label'))!
  const date = label.split(':')[0]!
  await expect(details.getByText(date, { exact: true })).toBeVisible()

  await details.getByRole('button', { name: 'Show as table' }).click()
  await expect(details.getByRole('table', { name: /^Credits per/ })).toBeVisible()
})

test('the summary passes axe, light and dark, with the chart table open', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await page.goto('/?status=failed')
    await expect(totalsRegion(page).getByRole('button', { name: 'Recompute' })).toBeVisible({
      timeout: 30_000,
    })
    const details = await openDetails(page)
    await details.getByRole('button', { name: 'Show as table' }).click()
    const results = await new AxeBuilder({ page })
      .include('section[aria-label="Credits summary"]')
      .include('section[aria-label="Chart and breakdowns"]')
      .analyze()
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([])
  }
})
