import { expect, test, type Page } from '@playwright/test'

/**
 * Addresses a person can end up on by hand or by a broken link: each gets the app's own words
 * and a way back to the list, never a bare server error or a Retry that cannot work. Runs
 * against the production server and the dev server.
 */

async function expectNoSessionHere(page: Page) {
  await expect(page.getByRole('heading', { name: 'This address names no session' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0)
  await page.getByRole('link', { name: 'Back to sessions' }).click()
  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByRole('table').locator('tbody tr[aria-label]').first()).toBeVisible()
}

test('a session address with a broken % escape says it names no session', async ({ page }) => {
  const asked: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/api/v1/sessions/')) asked.push(request.url())
  })
  const response = await page.goto('/sessions/sess_1%ZZ')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { name: 'This address names no session' })).toBeVisible()
  // Nothing was asked of the API for an id that cannot exist.
  expect(asked).toEqual([])
  await expectNoSessionHere(page)
})

test('a session address with characters no id has says so too', async ({ page }) => {
  await page.goto(`/sessions/${encodeURIComponent('sess 1; drop')}`)
  await expectNoSessionHere(page)
})

for (const kb of [9, 20]) {
  test(`a ${kb} KB address gets a page that says so and leads back`, async ({ page }) => {
    const response = await page.goto(`/?search=${'x'.repeat(kb * 1024)}`)
    expect([414, 431]).toContain(response?.status())
    await expect(page.getByRole('heading', { name: 'This address is too long' })).toBeVisible()
    await page.getByRole('link', { name: 'Back to the sessions' }).click()
    await expect(page).toHaveURL(/\/$/)
    await expect(page.getByRole('table').locator('tbody tr[aria-label]').first()).toBeVisible()
  })
}

test('an address the app has no page for says so and leads back to the list', async ({ page }) => {
  await page.goto('/no/such/page')
  await expect(page.getByRole('heading', { name: 'This page does not exist' })).toBeVisible()
  await page.getByRole('link', { name: 'Go to sessions' }).click()
  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByRole('table').locator('tbody tr[aria-label]').first()).toBeVisible()
})
