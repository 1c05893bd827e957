import { expect, test } from '@playwright/test'
import { STORAGE_KEYS } from '../src/lib/browser-storage.ts'
import {
  apiSessions,
  rowOf,
  tableOf,
  urlParams,
  withListFault,
  expectRowsMatchUrl,
} from './table-helpers.ts'

test.use({ viewport: { width: 1440, height: 900 } })

const SORTABLE = [
  { label: 'Session', field: 'session_id' },
  { label: 'Credits', field: 'used_credits' },
  { label: 'API key', field: 'api_key_name' },
] as const

test.describe('sorting on the server', () => {
  for (const { label, field } of SORTABLE) {
    test(`${label}: descending first, then ascending, rows as the API orders them`, async ({
      page,
      request,
    }) => {
      await page.goto('/')
      await expectRowsMatchUrl(page, request)
      const header = page.getByRole('columnheader', { name: label, exact: true })
      await expect(header).toHaveAttribute('aria-sort', 'none')

      await header.getByRole('button').click()
      await expect.poll(() => urlParams(page)).toEqual({ sort_by: field })
      await expect(header).toHaveAttribute('aria-sort', 'descending')
      await expectRowsMatchUrl(page, request)

      await header.getByRole('button').click()
      await expect.poll(() => urlParams(page)).toEqual({ sort_by: field, sort_order: 'asc' })
      await expect(header).toHaveAttribute('aria-sort', 'ascending')
      await expectRowsMatchUrl(page, request)
    })
  }

  test('Created is the default (newest first); a click turns it to oldest first', async ({
    page,
    request,
  }) => {
    await page.goto('/?page=3')
    const header = page.getByRole('columnheader', { name: 'Created', exact: true })
    await expect(header).toHaveAttribute('aria-sort', 'descending')
    await header.getByRole('button').click()
    // A new order starts again at page 1.
    await expect.poll(() => urlParams(page)).toEqual({ sort_order: 'asc' })
    await expect(header).toHaveAttribute('aria-sort', 'ascending')
    await expectRowsMatchUrl(page, request)
  })

  test('other columns are plainly not sortable', async ({ page }) => {
    await page.goto('/')
    for (const label of ['Status', 'Tags', 'Domains', 'Duration', 'Steps', 'Proxy data']) {
      const header = page.getByRole('columnheader', { name: label, exact: true })
      await expect(header).toBeVisible()
      await expect(header).not.toHaveAttribute('aria-sort')
      await expect(header.getByRole('button')).toHaveCount(0)
    }
  })
})

test.describe('pagination', () => {
  test('first, next, last and previous, disabled at the ends', async ({ page, request }) => {
    const { total_pages: last, total } = await apiSessions(request, '')
    await page.goto('/')
    const nav = page.getByRole('navigation', { name: 'Pages' })
    await expect(nav).toContainText(`Page 1 of ${last.toLocaleString('en-US')}`)
    await expect(nav).toContainText(`${total.toLocaleString('en-US')} sessions`)
    await expect(nav.getByRole('button', { name: 'First page' })).toBeDisabled()
    await expect(nav.getByRole('button', { name: 'Previous page' })).toBeDisabled()

    await nav.getByRole('button', { name: 'Next page' }).click()
    await expect.poll(() => urlParams(page)).toEqual({ page: '2' })
    await expectRowsMatchUrl(page, request)

    await nav.getByRole('button', { name: 'Last page' }).click()
    await expect.poll(() => urlParams(page)).toEqual({ page: String(last) })
    await expectRowsMatchUrl(page, request)
    await expect(nav.getByRole('button', { name: 'Next page' })).toBeDisabled()
    await expect(nav.getByRole('button', { name: 'Last page' })).toBeDisabled()

    await nav.getByRole('button', { name: 'Previous page' }).click()
    await expect.poll(() => urlParams(page)).toEqual({ page: String(last - 1) })
    await expectRowsMatchUrl(page, request)

    await nav.getByRole('button', { name: 'First page' }).click()
    await expect.poll(() => urlParams(page)).toEqual({})
    await expectRowsMatchUrl(page, request)
  })

  test('jump to a page, and a new page size starts again at page 1', async ({ page, request }) => {
    await page.goto('/')
    const nav = page.getByRole('navigation', { name: 'Pages' })
    await nav.getByLabel('Go to page').fill('7')
    await nav.getByLabel('Go to page').press('Enter')
    await expect.poll(() => urlParams(page)).toEqual({ page: '7' })
    await expectRowsMatchUrl(page, request)

    await nav.getByLabel('Rows per page').selectOption('50')
    await expect.poll(() => urlParams(page)).toEqual({ limit: '50' })
    const ids = await expectRowsMatchUrl(page, request)
    expect(ids).toHaveLength(50)
  })

  test('a page past the end offers the last page', async ({ page, request }) => {
    const { total_pages: last } = await apiSessions(request, 'limit=50')
    await page.goto('/?limit=50&page=999')
    await page.getByRole('button', { name: /Go to the last page/ }).click()
    await expect.poll(() => urlParams(page)).toEqual({ limit: '50', page: String(last) })
    await expectRowsMatchUrl(page, request)
  })

  test('the previous rows stay, dimmed, while the next page loads', async ({ page, request }) => {
    await page.goto('/')
    const first = await expectRowsMatchUrl(page, request)
    await withListFault(page, 'latency=1500')
    // The next page is prefetched; the last one is not, so it has to wait.
    await page.getByRole('button', { name: 'Last page' }).click()
    await expect(tableOf(page).getByRole('progressbar')).toBeVisible()
    await expect(page.getByRole('table')).toHaveAttribute('aria-busy', 'true')
    await expect(rowOf(page, first[0]!)).toBeVisible()
    await expectRowsMatchUrl(page, request)
    await expect(tableOf(page).getByRole('progressbar')).toHaveCount(0)
  })

  test('skeleton rows on the first load', async ({ page }) => {
    await withListFault(page, 'latency=1500')
    await page.goto('/')
    await expect(page.getByRole('table')).toHaveAttribute('aria-busy', 'true')
    await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(10)
    await expect(page.getByRole('table').locator('tbody tr[aria-label]')).toHaveCount(20)
  })
})

test.describe('column chooser', () => {
  test('shows and hides columns and remembers the choice across a reload', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('columnheader', { name: 'Browser IP' })).toHaveCount(0)
    await page.getByRole('button', { name: 'Choose columns' }).click()
    await page.getByRole('menuitemcheckbox', { name: 'Browser IP' }).click()
    await page.getByRole('menuitemcheckbox', { name: 'Tags' }).click()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('columnheader', { name: 'Browser IP' })).toBeVisible()
    await expect(page.getByRole('columnheader', { name: 'Tags', exact: true })).toHaveCount(0)

    await page.reload()
    await expect(page.getByRole('columnheader', { name: 'Browser IP' })).toBeVisible()
    await expect(page.getByRole('columnheader', { name: 'Tags', exact: true })).toHaveCount(0)

    await page.getByRole('button', { name: 'Choose columns' }).click()
    await page.getByRole('menuitem', { name: 'Reset to default columns' }).click()
    await expect(page.getByRole('columnheader', { name: 'Tags', exact: true })).toBeVisible()
    await expect(page.getByRole('columnheader', { name: 'Browser IP' })).toHaveCount(0)
  })

  test('a corrupt stored choice falls back to the default columns', async ({ page }) => {
    await page.addInitScript(
      (key) => window.localStorage.setItem(key, '{not json'),
      STORAGE_KEYS.columns,
    )
    await page.goto('/')
    await expect(page.getByRole('columnheader', { name: 'Tags', exact: true })).toBeVisible()
    await expect(page.getByRole('columnheader', { name: 'API key' })).toBeVisible()
  })
})
