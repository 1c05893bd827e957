import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { apiSessions, expectRowsMatchUrl, tableOf, withListFault } from './table-helpers.ts'

// axe walks the whole DOM; on a busy test machine that alone can take half a minute.
test.describe.configure({ timeout: 90_000 })

/** Serious and critical violations, by rule id and the elements they hit. */
async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme, viewport: { width: 1440, height: 900 } })

    test('the list', async ({ page, request }) => {
      await page.goto('/')
      await expectRowsMatchUrl(page, request)
      expect(await seriousViolations(page)).toEqual([])
    })

    test('the detail page', async ({ page, request }) => {
      const { sessions } = await apiSessions(request, '')
      await page.goto(`/sessions/${sessions[5]!.id}`)
      await expect(page.getByRole('region', { name: 'Configuration' })).toBeVisible()
      for (const name of ['Recording and steps', 'Downloaded files']) {
        await expect(page.getByRole('region', { name })).not.toContainText('Loading')
      }
      expect(await seriousViolations(page)).toEqual([])
    })

    test('the empty state', async ({ page }) => {
      await page.goto('/?tags=no-such-tag')
      await expect(tableOf(page).getByRole('button', { name: 'Clear all filters' })).toBeVisible()
      expect(await seriousViolations(page)).toEqual([])
    })

    test('the error state', async ({ page }) => {
      await withListFault(page, 'status=500')
      await page.goto('/')
      await expect(tableOf(page).getByRole('button', { name: 'Retry' })).toBeVisible({
        timeout: 15_000,
      })
      expect(await seriousViolations(page)).toEqual([])
    })
  })
}

test('the list at phone width', async ({ page, request }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/')
  await expectRowsMatchUrl(page, request)
  expect(await seriousViolations(page)).toEqual([])
})
