import {
  expect as baseExpect,
  type APIRequestContext,
  type Page,
  type Route,
} from '@playwright/test'
import { apiQueryFor, expectedIds, paramsOf, shownIds, urlQuery } from './filters-helpers.ts'

/**
 * Helpers of the fault specs: a switch that makes chosen API requests of the page misbehave
 * (through the emulator's `x-emulator-fault` header) until the test turns it off, so a test
 * can break the upstream, look at the page, then let the upstream recover. The list page's
 * first request is made by the server as it renders the page: a navigation to `/` carries the
 * fault for it (the server passes the header on, in emulator mode only).
 */

/**
 * The fault specs wait through the query client's retries and back-offs, often on a machine busy
 * with other suites: more patience than the default, still far from hiding a hang.
 */
export const expect = baseExpect.configure({ timeout: 20_000 })

/** `abort` is not an emulator fault: the browser's request fails as if the server were gone. */
export type Fault = string | 'abort' | null

export interface FaultRequest {
  url: URL
  fault: Fault
}

export class FaultSwitch {
  /** The fault the next matching request gets; null lets requests through untouched. */
  fault: Fault = null
  /** Turn the fault off again after this many faulty answers (for "it fails once"). */
  remaining = Infinity
  readonly requests: FaultRequest[] = []

  constructor(private readonly matches: (url: URL) => boolean) {}

  set(fault: Fault, times = Infinity) {
    this.fault = fault
    this.remaining = times
  }

  /** Requests that matched since the switch was attached, with the fault each one got. */
  faulted(): FaultRequest[] {
    return this.requests.filter((request) => request.fault !== null)
  }

  async attach(page: Page) {
    await page.route('**/api/**', (route) => this.handle(route))
    await page.route(isListNavigation, (route) => this.handleNavigation(route))
  }

  /** The fault the request for `url` gets, counted and recorded. */
  private take(url: URL): Fault {
    const fault = this.remaining > 0 ? this.fault : null
    if (fault !== null && --this.remaining <= 0) this.fault = null
    this.requests.push({ url, fault })
    return fault
  }

  private async handle(route: Route) {
    const url = new URL(route.request().url())
    if (!this.matches(url)) return route.fallback()
    const fault = this.take(url)
    if (fault === null) return route.fallback()
    if (fault === 'abort') return route.abort('connectionreset')
    return withFaultHeader(route, fault)
  }

  /** The server's request for the page's rows gets the fault; `abort` is the upstream gone. */
  private async handleNavigation(route: Route) {
    const apiUrl = serverRenderRequest(route)
    if (!apiUrl || !this.matches(apiUrl)) return route.fallback()
    const fault = this.take(apiUrl)
    if (fault === null) return route.fallback()
    return withFaultHeader(route, fault === 'abort' ? 'drop' : fault)
  }
}

const LIST_PATH = '/api/v1/sessions'

/** A navigation to the list page, which the server renders with its first page of rows. */
export const isListNavigation = (url: URL) => url.pathname === '/'

/** The API request the server makes to render a navigation (null for anything else). */
export function serverRenderRequest(route: Route): URL | null {
  const request = route.request()
  if (!request.isNavigationRequest()) return null
  const url = new URL(request.url())
  return new URL(`${LIST_PATH}?${apiQueryFor(url.search.slice(1))}`, url)
}

/** Sends the request on with the emulator's fault header. */
export function withFaultHeader(route: Route, fault: string) {
  return route.fallback({ headers: { ...route.request().headers(), 'x-emulator-fault': fault } })
}
const WALK_PAGE_SIZE = '50'

/** The table's own page requests (not the totals walk, which asks for 50 at a time). */
export const isTablePage = (url: URL) =>
  url.pathname === LIST_PATH && url.searchParams.get('limit') !== WALK_PAGE_SIZE

/**
 * When the page started each of the table's requests whose URL has `part`, by the browser's own
 * clock (resource timing). The test's route handler sees requests late, and by how much depends
 * on how busy the machine is.
 */
export async function tablePageStarts(page: Page, part: string): Promise<number[]> {
  const entries = await page.evaluate(() =>
    performance.getEntriesByType('resource').map(({ name, startTime }) => ({ name, startTime })),
  )
  return entries
    .filter(({ name }) => isTablePage(new URL(name)) && name.includes(part))
    .map(({ startTime }) => startTime)
}

/** The totals walk's requests. */
export const isWalkPage = (url: URL) =>
  url.pathname === LIST_PATH && url.searchParams.get('limit') === WALK_PAGE_SIZE

/** Any list request, the table's and the walk's. */
export const isListPage = (url: URL) => url.pathname === LIST_PATH

/** The retrieve endpoint of one session (not its recordings). */
export const isDetail = (url: URL) => /^\/api\/v1\/sessions\/[^/]+$/.test(url.pathname)

export async function faultSwitch(page: Page, matches: (url: URL) => boolean) {
  const control = new FaultSwitch(matches)
  await control.attach(page)
  return control
}

/**
 * Console errors and uncaught exceptions of the page, except the browser's own line for each
 * failed request, which a fault test causes on purpose.
 */
export function unexpectedPageErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(message.text())
    }
  })
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  return errors
}

/** The list query the fault tests start from: a status, a tag and a sort, all in the URL. */
export const FILTERED_QUERY = 'sort_by=used_credits&status=completed&tags=production'

/** Waits until the table shows exactly the rows the API gives for the page's current URL. */
export async function expectRowsOfUrl(page: Page, request: APIRequestContext) {
  const expected = await expectedIds(request, urlQuery(page))
  await expect
    .poll(() => shownIds(page), { message: `rows for ?${urlQuery(page)}` })
    .toEqual(expected)
  return expected
}

/** The filters of FILTERED_QUERY are still in the URL and still shown by the controls. */
export async function expectFiltersKept(page: Page, query = FILTERED_QUERY) {
  expect(paramsOf(new URL(page.url()).search)).toEqual(paramsOf(query))
  const filters = page.getByRole('complementary', { name: 'Filters' })
  await expect(filters.getByLabel('Status')).toHaveValue('completed')
  await expect(filters.getByRole('list', { name: 'Chosen tags' })).toContainText('production')
  await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('production')
}

/** The raw list page the API gives for a URL query with a fault: what the page had to cope with. */
export async function faultyApiPage(request: APIRequestContext, urlQuery: string, fault: string) {
  const response = await request.get(`${LIST_PATH}?${apiQueryFor(urlQuery)}`, {
    headers: { 'x-emulator-fault': fault },
  })
  expect(response.ok(), await response.text()).toBe(true)
  const body = (await response.json()) as { data: { sessions: Array<Record<string, unknown>> } }
  return body.data.sessions
}

/** The visible text of every cell of one column of the table, top to bottom. */
export async function columnTexts(page: Page, label: string): Promise<string[]> {
  const table = page.getByRole('region', { name: 'Sessions', exact: true }).locator('table')
  const headers = await table.locator('thead th').allInnerTexts()
  const index = headers.findIndex((text) => text.trim().toLowerCase() === label.toLowerCase())
  expect(index, `column ${label} among ${headers.join(', ')}`).toBeGreaterThanOrEqual(0)
  return table.locator(`tbody tr > td:nth-child(${index + 1})`).allInnerTexts()
}

/** Nothing on the page reads like a number gone wrong. */
export async function expectNoBrokenValues(page: Page) {
  const text = await page.locator('main').innerText()
  expect(text).not.toMatch(/\bNaN\b|Invalid Date|undefined|\[object Object\]|Infinity/)
}
