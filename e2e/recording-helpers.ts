import { expect, type APIRequestContext, type Page } from '@playwright/test'

/**
 * Helpers of the recording specs: sessions found through the same server the page uses, and
 * a switch that gives the page's requests for one kind of path an emulator fault or variant.
 */
export interface WireRecording {
  id: string
  is_primary: boolean
  size: number
  created_at: string
}

interface ListItem {
  id: string
  status: string
  recording: boolean
  steps?: number | null
}

async function json<T>(request: APIRequestContext, path: string, fault?: string): Promise<T> {
  const response = await request.get(path, {
    headers: fault ? { 'x-emulator-fault': fault } : {},
  })
  expect(response.ok(), await response.text()).toBe(true)
  return (await response.json()) as T
}

export const recordingsOf = async (request: APIRequestContext, id: string) =>
  (await json<{ data: { items: WireRecording[] } }>(request, `/api/v1/sessions/${id}/recordings`))
    .data.items

/** The first session of the list that matches, walking pages of 50 from the newest. */
export async function findSession(
  request: APIRequestContext,
  matches: (item: ListItem) => boolean | Promise<boolean>,
): Promise<ListItem> {
  for (let page = 1; page <= 20; page++) {
    const { data } = await json<{ data: { sessions: ListItem[] } }>(
      request,
      `/api/v1/sessions?limit=50&sort_order=desc&page=${page}`,
    )
    for (const item of data.sessions) if (await matches(item)) return item
  }
  throw new Error('no session of the emulator matches')
}

/** An ended session with recordings, and them. */
export async function recordedSession(
  request: APIRequestContext,
  count = 1,
): Promise<{ id: string; recordings: WireRecording[] }> {
  let recordings: WireRecording[] = []
  const session = await findSession(request, async (item) => {
    if (!item.recording || item.status === 'running') return false
    recordings = await recordingsOf(request, item.id)
    return recordings.length >= count
  })
  return { id: session.id, recordings }
}

/** An ended, recorded session whose retrieve answer, under `steps-list`, has step records. */
export async function sessionWithStepTimes(request: APIRequestContext) {
  let steps: Array<{ index: number; created_at: string }> = []
  const session = await findSession(request, async (item) => {
    if (!item.recording || item.status === 'running' || !item.steps) return false
    const detail = await json<{ data: { steps: unknown } }>(
      request,
      `/api/v1/sessions/${item.id}`,
      'steps-list',
    )
    if (!Array.isArray(detail.data.steps)) return false
    steps = detail.data.steps as typeof steps
    return true
  })
  return { id: session.id, steps, recordings: await recordingsOf(request, session.id) }
}

/**
 * Gives the page's requests whose path matches an emulator fault (through the header the
 * proxy forwards in emulator mode); `set(null)` lets them through untouched again.
 */
export async function faultSwitch(page: Page, matches: (path: string) => boolean) {
  let fault: string | null = null
  await page.route(
    (url) => matches(url.pathname),
    (route) =>
      fault === null
        ? route.fallback()
        : route.fallback({ headers: { ...route.request().headers(), 'x-emulator-fault': fault } }),
  )
  return { set: (next: string | null) => (fault = next) }
}

export const video = (page: Page) => page.locator('video')
export const currentTime = (page: Page) =>
  video(page).evaluate((v: HTMLVideoElement) => v.currentTime)
