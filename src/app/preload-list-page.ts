import { preloadSummaryRegion } from '../features/sessions/summary/credits-summary.tsx'

/**
 * The lazily loaded parts of the list page that the server renders, loaded ahead: the browser
 * hydrates the page once they are in (see lazyWithPreload). What is closed or below the fold
 * (the chart panel, the account's usage) is not rendered by the server and loads when needed.
 */
export function preloadListPage(): Promise<unknown> {
  return preloadSummaryRegion()
}
