import { expect, type APIRequestContext, type Page } from '@playwright/test'
import { isListNavigation, serverRenderRequest, withFaultHeader } from './faults-helpers.ts'
import { apiQueryFor } from './filters-helpers.ts'

/**
 * Helpers of the table, detail and a11y specs. Expected data always comes from the API through
 * the same server the page uses.
 */
export interface WireSession {
  id: string
  tags?: string[] | null
  domains?: string[] | null
  api_key_name: string
  user_configuration?: {
    session?: { batch_id?: string }
    browser?: { profile?: { name?: string } }
  }
}

export async function apiSessions(request: APIRequestContext, urlQuery: string) {
  const response = await request.get(`/api/v1/sessions?${apiQueryFor(urlQuery)}`)
  expect(response.ok(), await response.text()).toBe(true)
  const body = (await response.json()) as {
    data: { sessions: WireSession[]; total: number; total_pages: number }
  }
  return body.data
}

/** The first list page (of 50) holding a session that matches, and that session. */
export async function findSession(
  request: APIRequestContext,
  matches: (session: WireSession) => boolean,
): Promise<{ query: string; session: WireSession }> {
  for (let page = 1; page <= 40; page += 1) {
    const query = `limit=50&page=${page}`
    const { sessions } = await apiSessions(request, query)
    const session = sessions.find(matches)
    if (session) return { query, session }
  }
  throw new Error('no session of the emulator matches')
}

export const tableOf = (page: Page) => page.getByRole('region', { name: 'Sessions' })
export const rowOf = (page: Page, id: string) =>
  page.getByRole('row', { name: `Session ${id}`, exact: true })

/** Query parameters of the page's URL as a plain object. */
export function urlParams(page: Page): Record<string, string> {
  return Object.fromEntries(new URL(page.url()).searchParams)
}

/**
 * Makes every list request of the page misbehave (see the emulator's fault modes), the one the
 * server makes to render the page included; `endListFault` ends it.
 */
export async function withListFault(page: Page, fault: string) {
  for (const pattern of LIST_ROUTES) {
    await page.route(pattern, (route) =>
      pattern === isListNavigation && !serverRenderRequest(route)
        ? route.fallback()
        : withFaultHeader(route, fault),
    )
  }
}

/** The list's API requests and the navigations to the list page. */
export const LIST_ROUTES = ['**/api/v1/sessions?**', isListNavigation] as const

/** Ends withListFault: the upstream answers normally again. */
export async function endListFault(page: Page) {
  for (const pattern of LIST_ROUTES) await page.unroute(pattern)
}

/** The rows check is the filters specs' own, shared with these. */
export { expectRowsMatchUrl } from './filters-helpers.ts'
