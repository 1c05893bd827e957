import { expect, test } from '@playwright/test'
import { expectRowsMatchUrl, paramsOf, SETTLE_MS, urlQuery } from './filters-helpers.ts'

test.describe.configure({ timeout: 60_000 })
test.use({ viewport: { width: 390, height: 844 } })

test('at phone width the filters fold into a sheet that traps focus and closes on Escape', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('complementary', { name: 'Filters' })).toBeHidden()
  const open = page.getByRole('button', { name: 'Filters', exact: true })
  await open.click({ timeout: SETTLE_MS })
  const sheet = page.getByRole('dialog', { name: 'Filters' })
  await expect(sheet).toBeVisible()

  // Tabbing goes round inside the sheet, never to the page behind it.
  for (let step = 0; step < 40; step += 1) {
    await page.keyboard.press('Tab')
    const inside = await sheet.evaluate((dialog) => dialog.contains(document.activeElement))
    expect(inside, `focus after ${step + 1} tabs`).toBe(true)
  }

  await page.keyboard.press('Escape')
  await expect(sheet).toBeHidden()
  await expect(open).toBeFocused()
})

test('a filter set in the sheet applies, is counted on the button and shows its rows', async ({
  page,
  request,
}) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Filters', exact: true }).click({ timeout: SETTLE_MS })
  const sheet = page.getByRole('dialog', { name: 'Filters' })
  await sheet.getByLabel('Status').fill('failed')
  await sheet
    .getByRole('group', { name: 'Proxy active' })
    .getByRole('radio', { name: 'No' })
    .click()
  await expect.poll(() => paramsOf(urlQuery(page))).toEqual({ status: 'failed', proxy: 'false' })

  await sheet.getByRole('button', { name: /^Show [\d,]+ sessions$/ }).click({ timeout: SETTLE_MS })
  await expect(sheet).toBeHidden()
  await expect(page.getByRole('button', { name: 'Filters (2)' })).toBeVisible()
  await expectRowsMatchUrl(page, request)
})
