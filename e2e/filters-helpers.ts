import { expect, type APIRequestContext, type Page } from '@playwright/test'
import { E2E_EMULATOR_NOW } from './emulator-env.ts'
import {
  encodeSearch,
  parseSearch,
  resolveCreatedRange,
} from '../src/features/sessions/search-params.ts'

/**
 * Shared by the filter and URL specs. Expected rows always come from the API itself, through the
 * same server the page uses, never from hard-coded emulator data.
 */

/**
 * The request the page should make for a URL query: the URL plus the defaults it leaves out,
 * a relative range resolved at `now` in `zone`. Over the emulator the page's "now" is the
 * emulator's pinned clock (src/lib/upstream-clock.ts). The app's own encoder makes it, as the
 * app does.
 */
export function apiQueryFor(
  urlQuery: string,
  now = Date.parse(E2E_EMULATOR_NOW),
  zone = 'UTC',
): string {
  const { search } = parseSearch(`?${urlQuery}`)
  return encodeSearch(resolveCreatedRange(search, now, zone), 'api').toString()
}

export async function expectedIds(request: APIRequestContext, urlQuery: string, now?: number) {
  const response = await request.get(`/api/v1/sessions?${apiQueryFor(urlQuery, now)}`)
  expect(response.ok(), await response.text()).toBe(true)
  const body = (await response.json()) as { data: { sessions: Array<{ id: string }> } }
  return body.data.sessions.map((session) => session.id)
}

/**
 * How long the table may take to settle. The dev server transforms modules on first request and
 * the machine is shared, so the first page of a fresh context can take several seconds.
 */
export const SETTLE_MS = 20_000

/** Session ids in the table once it has settled (not loading, not showing a previous page). */
export async function shownIds(page: Page): Promise<string[] | null> {
  const table = page.getByRole('region', { name: 'Sessions', exact: true }).locator('table')
  if (await page.getByText('No sessions match these filters').isVisible()) return []
  if ((await table.count()) === 0 || (await table.getAttribute('aria-busy')) !== 'false')
    return null
  const labels = await table
    .locator('tbody tr[aria-label]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? ''))
  return labels.map((label) => label.replace(/^Session /, ''))
}

/** The page's URL query without the leading `?`, as the address bar holds it. */
export function urlQuery(page: Page): string {
  return new URL(page.url()).search.slice(1)
}

/**
 * Waits until the table shows exactly the rows the API gives for the page's current URL; a
 * relative range as it means at `now`, which is the page's clock (fix it to use this).
 */
export async function expectRowsMatchUrl(page: Page, request: APIRequestContext, now?: number) {
  const expected = await expectedIds(request, urlQuery(page), now)
  await expect
    .poll(() => shownIds(page), { message: `rows for ?${urlQuery(page)}`, timeout: SETTLE_MS })
    .toEqual(expected)
  return expected
}

/** Fails the test on any console error or uncaught exception in the page. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  return errors
}

/** Query parameters of a URL query as a plain object, for order-free comparison. */
export function paramsOf(query: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(query))
}
