import { readFile } from 'node:fs/promises'
import { expect, test, type APIRequestContext } from '@playwright/test'
import {
  currentTime,
  faultSwitch,
  findSession,
  recordedSession,
  sessionWithStepTimes,
  video,
} from './recording-helpers.ts'

test.use({ viewport: { width: 1440, height: 900 } })

test('a recording plays in the page, seeks with a range request answered 206, and changes speed', async ({
  page,
  request,
}) => {
  const { id, recordings } = await recordedSession(request)
  const ranges: Array<{ range: string | undefined; status: number }> = []
  page.on('response', (response) => {
    if (!response.url().includes('/recordings/primary/fetch')) return
    ranges.push({ range: response.request().headers().range, status: response.status() })
  })
  await page.goto(`/sessions/${id}`)
  const player = video(page)
  await expect(player).toHaveAttribute('src', `/api/v1/sessions/${id}/recordings/primary/fetch`)
  await expect.poll(() => player.evaluate((v: HTMLVideoElement) => v.duration)).toBeGreaterThan(4)

  await player.evaluate((v: HTMLVideoElement) => v.play())
  await expect.poll(() => currentTime(page)).toBeGreaterThan(0.5)

  // Seek near the end: playback goes on from there.
  await player.evaluate((v: HTMLVideoElement) => (v.currentTime = v.duration - 1.5))
  await expect.poll(() => currentTime(page)).toBeGreaterThan(3)
  expect(ranges.length).toBeGreaterThan(0)
  expect(ranges.every(({ range, status }) => range?.startsWith('bytes=') && status === 206)).toBe(
    true,
  )

  // The browser may serve a seek in a small file from its buffer; the server honours ranges.
  const size = recordings[0]!.size
  const tail = await request.get(`/api/v1/sessions/${id}/recordings/primary/fetch`, {
    headers: { range: `bytes=${size - 100}-` },
  })
  expect(tail.status()).toBe(206)
  expect(tail.headers()['content-range']).toBe(`bytes ${size - 100}-${size - 1}/${size}`)
  expect((await tail.body()).byteLength).toBe(100)

  for (const speed of [2, 4, 0.5]) {
    await page.getByRole('radio', { name: `${speed}×` }).check()
    await expect.poll(() => player.evaluate((v: HTMLVideoElement) => v.playbackRate)).toBe(speed)
  }
})

test('steps with times sit beside the video: a click seeks, the current step follows', async ({
  page,
  request,
}) => {
  const { id, steps, recordings } = await sessionWithStepTimes(request)
  const details = await faultSwitch(page, (path) => path === `/api/v1/sessions/${id}`)
  details.set('steps-list')
  await page.goto(`/sessions/${id}`)
  const timeline = page.getByRole('list', { name: "Steps on the recording's timeline" })
  await expect(timeline.getByRole('button')).toHaveCount(steps.length)
  await expect
    .poll(() => video(page).evaluate((v: HTMLVideoElement) => v.duration))
    .toBeGreaterThan(4)

  const start = Date.parse(recordings[0]!.created_at)
  const target = steps[Math.floor(steps.length * 0.6)]!
  const offset = (Date.parse(target.created_at) - start) / 1000
  const button = timeline.getByRole('button', { name: new RegExp(`#${target.index + 1}\\b`) })
  await button.click()
  await expect.poll(() => currentTime(page)).toBeCloseTo(offset, 1)
  await expect(button).toHaveAttribute('aria-current', 'step')

  // Playing on, a later step becomes current.
  await video(page).evaluate((v: HTMLVideoElement) => v.play())
  await expect(button).not.toHaveAttribute('aria-current', 'step', { timeout: 10_000 })
  const current = timeline.locator('[aria-current="step"]')
  await expect(current).toHaveCount(1)
})

test('only a count of steps is shown as a count, without a made-up timeline', async ({
  page,
  request,
}) => {
  const { id } = await sessionWithStepTimes(request)
  await page.goto(`/sessions/${id}`)
  const panel = page.getByRole('region', { name: 'Steps', exact: true })
  await expect(panel).toContainText('not when each happened')
  await expect(panel.getByRole('button')).toHaveCount(0)
})

test('a downloaded file and a recording download byte for byte', async ({ page, request }) => {
  const { id, recordings } = await recordedSession(request)
  await page.goto(`/sessions/${id}`)
  const [recording] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download', exact: true }).click(),
  ])
  const bytes = await readFile((await recording.path())!)
  expect(bytes.byteLength).toBe(recordings[0]!.size)
  expect(bytes.subarray(4, 8).toString()).toBe('ftyp')

  const withFiles = await findDownloads(request)
  await page.goto(`/sessions/${withFiles.id}`)
  const file = withFiles.items[0]!
  const card = page.getByRole('region', { name: 'Downloaded files' })
  await expect(card).toContainText(file.origin_url)
  await expect(card.getByRole('link', { name: file.origin_url })).toHaveCount(0)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('link', { name: `Download ${file.suggested_file_name}` }).click(),
  ])
  expect(download.suggestedFilename()).toBe(file.suggested_file_name)
  const saved = await readFile((await download.path())!)
  const direct = await request.get(`/api/v1/sessions/${withFiles.id}/downloads/${file.id}/fetch`)
  expect(saved.byteLength).toBe(file.size)
  expect(saved.equals(await direct.body())).toBe(true)
})

async function findDownloads(request: APIRequestContext) {
  let items: Array<{ id: string; suggested_file_name: string; origin_url: string; size: number }> =
    []
  const session = await findSession(request, async (item) => {
    const answer = await request.get(`/api/v1/sessions/${item.id}/downloads`)
    items = (await answer.json()).data.items
    return items.length > 0
  })
  return { id: session.id, items }
}

test('a second recording plays through the redirect to storage', async ({ page, request }) => {
  const { id, recordings } = await recordedSession(request, 2)
  await page.goto(`/sessions/${id}`)
  const list = page.getByRole('list', { name: 'Recordings' })
  const second = recordings.find((r) => !r.is_primary)!
  await list.getByRole('button', { name: new RegExp(`${id}-2\\.mp4`) }).click()
  await expect(video(page)).toHaveAttribute(
    'src',
    `/api/v1/sessions/${id}/recordings/${second.id}/fetch`,
  )
  await video(page).evaluate((v: HTMLVideoElement) => v.play())
  await expect.poll(() => currentTime(page)).toBeGreaterThan(0.3)
})
