import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test'

/**
 * Shared by the summary, export and usage specs. Expected figures are computed here the plain
 * way, from every page the API gives through the same server, never from hard-coded data.
 */
export interface WireSession {
  id: string
  status: string
  api_key_name: string
  used_credits: number | string
}

/** Every session matching a URL query, fetched 50 at a time as the issue describes. */
export async function fetchAllSessions(
  request: APIRequestContext,
  urlQuery: string,
  order: { sort_by: string; sort_order: 'asc' | 'desc' } = {
    sort_by: 'session_id',
    sort_order: 'asc',
  },
): Promise<WireSession[]> {
  const sessions: WireSession[] = []
  let totalPages = 1
  let total = 0
  for (let page = 1; page <= totalPages; page += 1) {
    const params = new URLSearchParams(urlQuery)
    params.set('limit', '50')
    params.set('page', String(page))
    params.set('sort_by', order.sort_by)
    params.set('sort_order', order.sort_order)
    const response = await request.get(`/api/v1/sessions?${params}`)
    expect(response.ok(), await response.text()).toBe(true)
    const body = (await response.json()) as {
      data: { sessions: WireSession[]; total: number; total_pages: number }
    }
    sessions.push(...body.data.sessions)
    totalPages = body.data.total_pages
    total = body.data.total
  }
  expect(new Set(sessions.map((session) => session.id)).size).toBe(total)
  return sessions
}

const isRunning = (session: WireSession) => session.used_credits === 'N/A'

export function plainTotals(sessions: WireSession[]) {
  const finished = sessions.filter((session) => !isRunning(session))
  const credits = finished.reduce((sum, session) => sum + Number(session.used_credits), 0)
  return {
    sessions: sessions.length,
    running: sessions.length - finished.length,
    credits,
    average: finished.length ? credits / finished.length : null,
  }
}

/** Credits and session counts per value of one field, summed the obvious way. */
export function plainGroups(sessions: WireSession[], field: 'status' | 'api_key_name') {
  const groups = new Map<string, { credits: number; sessions: number; running: number }>()
  for (const session of sessions) {
    const group = groups.get(session[field]) ?? { credits: 0, sessions: 0, running: 0 }
    group.sessions += 1
    if (isRunning(session)) group.running += 1
    else group.credits += Number(session.used_credits)
    groups.set(session[field], group)
  }
  return groups
}

const creditsFormat = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
})
export const formatCredits = (value: number) => creditsFormat.format(value)
export const formatCount = (value: number) => value.toLocaleString('en-US')

export const summaryRegion = (page: Page) => page.getByRole('region', { name: 'Credits summary' })
export const totalsRegion = (page: Page) =>
  page.getByRole('region', { name: /^Everything the filters match/ })

/**
 * The chart and breakdowns below the table, opened from the credits strip (if not open yet)
 * once the totals are in.
 */
export async function openDetails(page: Page): Promise<Locator> {
  const toggle = summaryRegion(page).getByRole('button', { name: /chart and breakdowns$/i })
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click()
  return page.getByRole('region', { name: 'Chart and breakdowns' })
}

/** The value shown under a figure's label inside a region. */
export function figure(region: Locator, label: string): Locator {
  return region
    .locator('dl > div')
    .filter({ has: region.page().locator('dt', { hasText: new RegExp(`^${label}$`) }) })
    .locator('dd')
    .first()
}

/** True for a request of the totals walk (it alone pages by session id). */
export const isWalkRequest = (url: string) =>
  url.includes('/api/v1/sessions?') && new URL(url).searchParams.get('sort_by') === 'session_id'

/**
 * Slows only the walk's requests, so a test can act while it runs. Returns a function that
 * sets the latency for requests from then on (0: full speed again).
 */
export async function slowWalk(page: Page, latencyMs: number) {
  let latency = latencyMs
  await page.route('**/api/v1/sessions?**', (route) => {
    const headers = route.request().headers()
    if (!isWalkRequest(route.request().url()) || latency === 0) return route.continue()
    return route.continue({ headers: { ...headers, 'x-emulator-fault': `latency=${latency}` } })
  })
  return (next: number) => {
    latency = next
  }
}

/** Changes the URL in place, as a client-side navigation would, without reloading. */
export async function navigateInApp(page: Page, search: string) {
  await page.evaluate((query) => {
    window.history.pushState({}, '', `/${query}`)
    window.dispatchEvent(new PopStateEvent('popstate'))
  }, search)
}
