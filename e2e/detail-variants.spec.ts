import { expect, test } from '@playwright/test'
import { faultSwitch, findSession } from './recording-helpers.ts'

/**
 * The retrieve endpoint follows the spec by default (integers, never null); the readings the
 * provider's docs disagree on are emulator variants, and the page must read each of them.
 */
test.use({ viewport: { width: 1440, height: 900 } })

for (const variant of ['null-fields', 'absent-fields', null]) {
  test(`the detail page reads the retrieve answer ${variant ? `with ${variant}` : 'by the spec'}`, async ({
    page,
    request,
  }) => {
    const session = await findSession(
      request,
      (item) => item.status !== 'running' && (item.steps === null || item.steps === undefined),
    )
    const detail = await faultSwitch(page, (path) => path === `/api/v1/sessions/${session.id}`)
    detail.set(variant)
    await page.goto(`/sessions/${session.id}`)
    await expect(page.getByRole('heading', { level: 1, name: session.id })).toBeVisible()
    const steps = page.getByText('Steps', { exact: true }).first().locator('..')
    // The spec's 0, or no value at all: never a crash or a made-up number.
    await expect(steps).toContainText(variant ? '—' : '0')
    await expect(page.getByRole('region', { name: 'Steps', exact: true })).toContainText(
      variant ? 'The API did not say how many steps' : 'This session took no steps.',
    )
  })
}
