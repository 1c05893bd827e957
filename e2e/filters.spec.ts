import { expect, test, type Page } from '@playwright/test'
import {
  collectPageErrors,
  expectedIds,
  expectRowsMatchUrl,
  paramsOf,
  SETTLE_MS,
  shownIds,
  urlQuery,
} from './filters-helpers.ts'

const panelOf = (page: Page) => page.getByRole('complementary', { name: 'Filters' })

/** Waits for the address bar to hold exactly these parameters. */
async function expectUrlParams(page: Page, params: Record<string, string>) {
  await expect.poll(() => paramsOf(urlQuery(page))).toEqual(params)
}

// Each test loads the app fresh and waits for several round trips.
test.describe.configure({ timeout: 60_000 })

test.describe('filter panel on a wide screen', () => {
  test.use({ viewport: { width: 1440, height: 900 } })

  test('a deep link with many filters shows the matching rows and fills the controls', async ({
    page,
    request,
  }) => {
    const errors = collectPageErrors(page)
    const query =
      'limit=10&sort_by=used_credits&status=failed&tags=production&created_from=2026-06-01T00:00:00Z' +
      '&created_to=2026-10-31T00:00:00Z&task_initiated=false&proxy=false'
    await page.goto(`/?${query}`)
    const ids = await expectRowsMatchUrl(page, request)
    expect(ids.length).toBeGreaterThan(0)
    expect(urlQuery(page)).toBe(query)

    const panel = panelOf(page)
    await expect(panel.getByLabel('Status')).toHaveValue('failed')
    await expect(panel.getByRole('listitem').filter({ hasText: 'production' })).toBeVisible()
    await expect(
      panel.getByRole('group', { name: 'Proxy active' }).getByRole('radio', { name: 'No' }),
    ).toBeChecked()
    await expect(
      panel.getByRole('group', { name: 'Rows per page' }).getByRole('radio', { name: '10' }),
    ).toBeChecked()
    expect(errors).toEqual([])
  })

  test('status and the text boxes write the URL and change the rows', async ({ page, request }) => {
    await page.goto('/')
    const panel = panelOf(page)
    const before = await expectRowsMatchUrl(page, request)

    // Picking a known status applies at once.
    await panel.getByLabel('Status').fill('failed')
    await expectUrlParams(page, { status: 'failed' })
    const failed = await expectRowsMatchUrl(page, request)
    expect(failed).not.toEqual(before)

    await panel.getByLabel('Tag search').pressSequentially('prod, mon')
    await expectUrlParams(page, { status: 'failed', search: 'prod,mon' })
    await expectRowsMatchUrl(page, request)

    await panel.getByLabel('Profile name').fill('DEF')
    await panel.getByLabel('Profile name').press('Enter')
    await expectUrlParams(page, { status: 'failed', search: 'prod,mon', profile_name: 'DEF' })
    await expectRowsMatchUrl(page, request)
  })

  test('batch id filters to one batch', async ({ page, request }) => {
    let batchId: string | undefined
    for (let pageNumber = 1; !batchId && pageNumber <= 20; pageNumber += 1) {
      const response = await request.get(`/api/v1/sessions?limit=50&page=${pageNumber}`)
      const body = (await response.json()) as {
        data: { sessions: Array<{ user_configuration: { session?: { batch_id?: string } } }> }
      }
      batchId = body.data.sessions
        .map((session) => session.user_configuration.session?.batch_id)
        .find(Boolean)
    }
    expect(batchId, 'the emulator has sessions with a batch id').toBeTruthy()

    await page.goto('/')
    await panelOf(page).getByLabel('Batch ID').fill(batchId!)
    await expectUrlParams(page, { batch_id: batchId! })
    const ids = await expectRowsMatchUrl(page, request)
    expect(ids.length).toBeGreaterThan(0)
  })

  test('tags and domains are chips that must all match', async ({ page, request }) => {
    await page.goto('/')
    const panel = panelOf(page)
    const tags = panel.getByLabel('Tags (all must match)')
    await tags.fill('production')
    await tags.press('Enter')
    await expectUrlParams(page, { tags: 'production' })
    await tags.fill('monitoring,')
    await expectUrlParams(page, { tags: 'production,monitoring' })
    await expectRowsMatchUrl(page, request)

    await panel.getByRole('button', { name: 'Remove tag production' }).click()
    await expectUrlParams(page, { tags: 'monitoring' })

    const domains = panel.getByLabel('Domains (all must match)')
    await domains.fill('example.com')
    await domains.blur()
    await expectUrlParams(page, { tags: 'monitoring', domains: 'example.com' })
    await expectRowsMatchUrl(page, request)
  })

  test.describe('in Berlin', () => {
    test.use({ timezoneId: 'Europe/Berlin' })

    test('the time zone picker gives the focus back to its button, escaped or chosen', async ({
      page,
    }) => {
      await page.goto('/')
      const panel = panelOf(page)
      const picker = panel.getByRole('button', { name: 'Time zone: Europe/Berlin' })
      await picker.click()
      const list = panel.getByRole('combobox', { name: 'Time zone' })
      await expect(list).toBeFocused()
      await page.keyboard.press('Escape')
      await expect(picker).toBeFocused()

      await picker.press('Enter')
      await list.selectOption('UTC')
      await expect(panel.getByRole('button', { name: 'Time zone: UTC' })).toBeFocused()
    })

    test('the created range is typed in local time and stored as UTC', async ({
      page,
      request,
    }) => {
      await page.goto('/')
      const panel = panelOf(page)
      await panel.getByLabel('Created from').fill('2026-10-01T02:00')
      await expectUrlParams(page, { created_from: '2026-10-01T00:00:00Z' })
      await panel.getByLabel('Created to').fill('2026-10-02T01:30')
      await panel.getByLabel('Created to').blur()
      await expectUrlParams(page, {
        created_from: '2026-10-01T00:00:00Z',
        created_to: '2026-10-01T23:30:00Z',
      })
      await expectRowsMatchUrl(page, request)

      // A start after the end is refused in place, not sent.
      await panel.getByLabel('Created from').fill('2026-10-05T00:00')
      await expect(panel.getByRole('alert')).toContainText('after')
      await panel.getByLabel('Created from').blur()
      expect(paramsOf(urlQuery(page)).created_from).toBe('2026-10-01T00:00:00Z')
    })

    test('presets stay relative in the URL and mean the range back from now', async ({
      page,
      request,
    }) => {
      const now = new Date('2026-11-01T00:00:30Z')
      await page.clock.setFixedTime(now)
      await page.goto('/')
      await panelOf(page).getByRole('button', { name: 'Last 7 days' }).click()
      await expectUrlParams(page, { created_from: 'now-7d' })
      // Days are calendar days in the zone shown (as in Grafana): Berlin left summer time on
      // 25 October, so 7 days before 01:00 on 1 November is 01:00 on 25 October, 25 h + 6 days.
      await expect(panelOf(page).getByLabel('Created from')).toHaveValue('2026-10-25T01:00')
      await expectRowsMatchUrl(page, request, now.getTime())
    })
  })

  test('a range typed in words applies on Enter; text that reads as none is refused, saying why', async ({
    page,
    request,
  }) => {
    await page.goto('/')
    await expectRowsMatchUrl(page, request)
    const box = panelOf(page).getByLabel('Type a range')
    await box.fill('the other day')
    await box.press('Enter')
    await expect(panelOf(page).getByRole('alert')).toContainText('Not a range this reads')
    await expect(box).toHaveAttribute('aria-invalid', 'true')
    expect(paramsOf(urlQuery(page))).toEqual({})

    await box.fill('last 90 minutes')
    await expect(box).not.toHaveAttribute('aria-invalid')
    await box.press('Enter')
    await expectUrlParams(page, { created_from: 'now-90m' })
    await expect(box).toHaveValue('')
    await expectRowsMatchUrl(page, request)
  })

  test('the booleans and the page size write the URL and change the rows', async ({
    page,
    request,
  }) => {
    await page.goto('/')
    const panel = panelOf(page)
    const choose = (group: string, option: string) =>
      // click, not check: the radio turns on once the URL has changed, a moment later.
      panel.getByRole('group', { name: group }).getByRole('radio', { name: option }).click()

    await choose('Started by a task', 'Yes')
    await choose('Playground session', 'No')
    await choose('Proxy active', 'Yes')
    await choose('Extra stealth', 'No')
    await choose('Rows per page', '50')
    await expectUrlParams(page, {
      limit: '50',
      task_initiated: 'true',
      playground: 'false',
      proxy: 'true',
      extra_stealth: 'false',
    })
    const ids = await expectRowsMatchUrl(page, request)
    expect(ids.length).toBeGreaterThan(20)

    await choose('Proxy active', 'Any')
    await expectUrlParams(page, {
      limit: '50',
      task_initiated: 'true',
      playground: 'false',
      extra_stealth: 'false',
    })
  })

  test('any filter change goes back to page 1', async ({ page }) => {
    await page.goto('/?page=3&status=completed')
    await panelOf(page).getByRole('group', { name: 'Proxy active' }).getByText('Yes').click()
    await expectUrlParams(page, { status: 'completed', proxy: 'true' })
  })

  test('typing makes one history entry; back, forward and reload keep the boxes in step', async ({
    page,
    request,
  }) => {
    await page.goto('/')
    const panel = panelOf(page)
    const tagSearch = panel.getByLabel('Tag search')
    // Key by key, as a person types.
    await tagSearch.pressSequentially('pro')
    await expectUrlParams(page, { search: 'pro' })
    // A second pause in the same edit replaces the entry instead of adding one.
    await tagSearch.pressSequentially('d')
    await expectUrlParams(page, { search: 'prod' })
    await panel.getByLabel('Status').fill('failed')
    await expectUrlParams(page, { search: 'prod', status: 'failed' })

    await page.goBack()
    await expectUrlParams(page, { search: 'prod' })
    await expect(panel.getByLabel('Status')).toHaveValue('')
    await page.goBack()
    await expectUrlParams(page, {})
    await expect(tagSearch).toHaveValue('')
    await expectRowsMatchUrl(page, request)

    await page.goForward()
    await expectUrlParams(page, { search: 'prod' })
    await expect(tagSearch).toHaveValue('prod')
    await page.goForward()
    await expectUrlParams(page, { search: 'prod', status: 'failed' })
    await expect(panel.getByLabel('Status')).toHaveValue('failed')

    await page.reload()
    await expect(panel.getByLabel('Tag search')).toHaveValue('prod')
    await expect(panel.getByLabel('Status')).toHaveValue('failed')
    await expectRowsMatchUrl(page, request)
  })

  test('statuses seen are offered as buttons, and a status none has is pointed out', async ({
    page,
    request,
  }) => {
    await page.goto('/?status=fail')
    const panel = panelOf(page)
    const notice = panel.getByRole('status').filter({ hasText: 'No session seen so far' })
    await expect(notice).toContainText('the status “fail”; it must match exactly')
    await notice.getByRole('button', { name: 'Use “failed”' }).click()
    await expectUrlParams(page, { status: 'failed' })
    await expect(notice).toHaveCount(0)
    const seen = panel.getByRole('group', { name: 'Seen so far' })
    await expect(seen.getByRole('button', { name: 'failed' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await expectRowsMatchUrl(page, request)

    await seen.getByRole('button', { name: 'completed' }).click()
    await expectUrlParams(page, { status: 'completed' })
    await seen.getByRole('button', { name: 'completed' }).click()
    await expectUrlParams(page, {})
  })

  test('active filters are chips; each removes itself, "Clear all" removes them all', async ({
    page,
  }) => {
    await page.goto('/?limit=50&sort_order=asc&status=failed&tags=production,eu&proxy=true')
    const chips = page.getByRole('list', { name: 'Active filters' })
    await expect(chips.getByRole('listitem')).toHaveText([
      'Status: failed',
      'Tag: production',
      'Tag: eu',
      'Proxy: yes',
    ])
    await chips.getByRole('button', { name: 'Remove filter Tag: production' }).click()
    await expectUrlParams(page, {
      limit: '50',
      sort_order: 'asc',
      status: 'failed',
      tags: 'eu',
      proxy: 'true',
    })
    await page.getByRole('button', { name: 'Clear all' }).first().click()
    await expectUrlParams(page, { limit: '50', sort_order: 'asc' })
    await expect(chips).toHaveCount(0)
  })

  test('"Copy link" opens the same rows in a fresh browser', async ({ page, context, browser }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('/?status=completed&tags=production&sort_by=used_credits&page=2')
    await expect.poll(() => shownIds(page), { timeout: SETTLE_MS }).not.toBeNull()
    const rows = await shownIds(page)

    await page.getByRole('button', { name: 'Copy link' }).click()
    await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeAttached()
    const link = await page.evaluate(() => navigator.clipboard.readText())
    expect(link).toBe(page.url())

    const fresh = await browser.newContext()
    const other = await fresh.newPage()
    await other.goto(link)
    await expect.poll(() => shownIds(other), { timeout: SETTLE_MS }).toEqual(rows)
    await fresh.close()
  })
})

test('expected rows come from the API, so a filter that matches nothing shows none', async ({
  page,
  request,
}) => {
  await page.goto('/?tags=no-such-tag-anywhere')
  expect(await expectedIds(request, 'tags=no-such-tag-anywhere')).toEqual([])
  await expect(page.getByText('No sessions match these filters')).toBeVisible()
})
