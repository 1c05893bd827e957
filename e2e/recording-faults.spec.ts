import { expect, test } from '@playwright/test'
import {
  currentTime,
  faultSwitch,
  findSession,
  recordedSession,
  video,
} from './recording-helpers.ts'

test.use({ viewport: { width: 1440, height: 900 } })

const player = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: 'Recording and steps' })

test('a session without recordings says so', async ({ page, request }) => {
  const session = await findSession(request, (item) => !item.recording && item.status !== 'running')
  await page.goto(`/sessions/${session.id}`)
  await expect(player(page)).toContainText(
    'This session has no recordings: it ran with recording off.',
  )
  await expect(video(page)).toHaveCount(0)
})

test('a running session says its recording is not ready yet', async ({ page, request }) => {
  const session = await findSession(request, (item) => item.recording && item.status === 'running')
  await page.goto(`/sessions/${session.id}`)
  await expect(player(page)).toContainText('The recording is not ready yet')
  await expect(player(page)).toContainText('The API offers no live view for it.')
  await expect(video(page)).toHaveCount(0)
})

for (const { fault, title, detail } of [
  { fault: 'status=404', title: 'This recording is not available', detail: /no such recording/ },
  { fault: 'rate-limit=30', title: 'The API asked to slow down', detail: /30 seconds/ },
  { fault: 'cut', title: 'The recording stopped loading part way', detail: /connection/ },
]) {
  test(`${fault}: a clear message in the player's place, and a Retry that plays`, async ({
    page,
    request,
  }) => {
    const { id } = await recordedSession(request)
    const media = await faultSwitch(page, (path) => path.endsWith('/recordings/primary/fetch'))
    media.set(fault)
    await page.goto(`/sessions/${id}`)
    // The cut shows once loading reaches the break, which playing (if it has not yet) makes sure of.
    if (fault === 'cut') {
      await page.evaluate(
        () =>
          void document
            .querySelector('video')
            ?.play()
            .catch(() => {}),
      )
    }
    const alert = player(page).getByRole('alert')
    await expect(alert).toContainText(title, { timeout: 20_000 })
    await expect(alert).toContainText(detail)
    await expect(video(page)).toHaveCount(0)

    media.set(null)
    await alert.getByRole('button', { name: 'Retry' }).click()
    await expect(alert).toHaveCount(0)
    await video(page).evaluate((v: HTMLVideoElement) => v.play())
    await expect.poll(() => currentTime(page)).toBeGreaterThan(0.3)
  })
}

test('recordings that cannot be listed say why, with a Retry', async ({ page, request }) => {
  const { id } = await recordedSession(request)
  const list = await faultSwitch(page, (path) => path.endsWith(`/${id}/recordings`))
  list.set('status=503')
  await page.goto(`/sessions/${id}`)
  const alert = player(page).getByRole('alert')
  await expect(alert).toContainText('Recordings could not be listed', { timeout: 20_000 })
  list.set(null)
  await alert.getByRole('button', { name: 'Retry' }).click()
  await expect(video(page)).toBeVisible()
})
