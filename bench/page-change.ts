/**
 * Page change to new rows with prefetch: the table prefetches the next page once a page is
 * shown; a person reads a moment, then clicks Next. Timed from the click to the next page's mark.
 * Floor: the plain-DOM rows page (bench/floor/rows) doing the same, with the same prefetch.
 */
import type { Page } from '@playwright/test'
import { encodeSearch, parseSearch } from '../src/features/sessions/search-params.ts'
import { armInputClock, inputToRowsMs, trackNetwork } from './page-clock.ts'
import type { Spread } from './stats.ts'

export const PAGE_CHANGES = 20
const PREFETCH_TIMEOUT_MS = 15_000

export interface PageChangeFigures {
  changes: number
  app: Spread
  /** The same page changes on the plain-DOM floor page. */
  floor: Spread
}

/** Until the browser has received the next page's API response. */
async function waitForPrefetch(page: Page): Promise<void> {
  const { search } = parseSearch(new URL(page.url()).search)
  const next = `/api/v1/sessions?${encodeSearch({ ...search, page: search.page + 1 }, 'api')}`
  await page.waitForFunction(
    (path) =>
      performance
        .getEntriesByType('resource')
        .some(
          (entry) =>
            entry.name.endsWith(path) && (entry as PerformanceResourceTiming).responseEnd > 0,
        ),
    next,
    { timeout: PREFETCH_TIMEOUT_MS },
  )
}

/**
 * `count` page changes from where `page` is (a list of many pages, its first rows shown), each
 * timed from the click on Next to the new rows' mark.
 */
export async function timePageChanges(page: Page, count: number): Promise<number[]> {
  const network = trackNetwork(page)
  const next = page.getByRole('button', { name: 'Next page' })
  const times: number[] = []
  for (let change = 0; change < count; change++) {
    await waitForPrefetch(page)
    await network.quiet()
    const before = await armInputClock(page, 'click')
    await next.click()
    times.push(await inputToRowsMs(page, before))
  }
  return times
}
