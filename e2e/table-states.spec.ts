import { expect, test } from '@playwright/test'
import {
  endListFault,
  expectRowsMatchUrl,
  tableOf,
  urlParams,
  withListFault,
} from './table-helpers.ts'

test.use({ viewport: { width: 1440, height: 900 } })

test('no match: the empty state names the filters and clears them', async ({ page, request }) => {
  await page.goto('/?tags=no-such-tag&status=failed')
  const region = tableOf(page)
  await expect(
    region.getByRole('heading', { name: 'No sessions match these filters' }),
  ).toBeVisible()
  await expect(region.getByText('Tag: no-such-tag')).toBeVisible()
  await expect(region.getByText('Status: failed')).toBeVisible()
  await region.getByRole('button', { name: 'Clear all filters' }).click()
  await expect.poll(() => urlParams(page)).toEqual({})
  await expectRowsMatchUrl(page, request)
})

test('a server error shows the API message and Retry recovers', async ({ page, request }) => {
  await withListFault(page, 'status=500')
  await page.goto('/')
  const alert = tableOf(page).getByRole('alert')
  await expect(alert).toContainText('Sessions could not be loaded', { timeout: 15_000 })
  const message = (await (
    await request.get('/api/v1/sessions?page=1&limit=20', {
      headers: { 'x-emulator-fault': 'status=500' },
    })
  ).json()) as { error: { message: string } }
  await expect(alert).toContainText(message.error.message)

  await endListFault(page)
  await alert.getByRole('button', { name: 'Retry' }).click()
  await expectRowsMatchUrl(page, request)
})

test('a rejected key explains how to set ANCHOR_API_KEY', async ({ page }) => {
  await withListFault(page, 'status=401')
  await page.goto('/')
  const alert = tableOf(page).getByRole('alert')
  await expect(alert).toContainText('Invalid API Key')
  await expect(alert).toContainText('ANCHOR_API_KEY')
})
