/**
 * Page change to new rows with prefetch: the table prefetches the next page once a page is
 * shown; a person reads a moment, then clicks Next. Timed from the click to the next page's mark.
 */
import type { Page } from '@playwright/test'
import { encodeSearch, parseSearch } from '../src/features/sessions/search-params.ts'
import { armInputClock, inputToRowsMs, trackNetwork } from './page-clock.ts'
import { spread, type Spread } from './stats.ts'

const CHANGES = 20
const PREFETCH_TIMEOUT_MS = 15_000

export interface PageChangeFigures {
  changes: number
  app: Spread
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

/** `page` shows the app's `/` with its first rows, on a list of many pages. */
export async function measurePageChanges(page: Page): Promise<PageChangeFigures> {
  const network = trackNetwork(page)
  const next = page.getByRole('button', { name: 'Next page' })
  const app: number[] = []
  for (let change = 0; change < CHANGES; change++) {
    await waitForPrefetch(page)
    await network.quiet()
    const before = await armInputClock(page, 'click')
    await next.click()
    app.push(await inputToRowsMs(page, before))
  }
  return { changes: app.length, app: spread(app) }
}
