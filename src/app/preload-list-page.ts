import {
  preloadCreditsDetails,
  preloadSummaryRegion,
} from '../features/sessions/summary/credits-summary.tsx'
import { preloadAccountUsage } from '../features/usage/account-usage-region.tsx'

/**
 * The lazily loaded parts of the list page, loaded ahead: the server renders them in its first
 * pass, and the browser hydrates the page once they are in (see lazyWithPreload).
 */
export function preloadListPage(): Promise<unknown> {
  return Promise.all([preloadSummaryRegion(), preloadCreditsDetails(), preloadAccountUsage()])
}
