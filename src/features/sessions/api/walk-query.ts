import {
  encodeSearch,
  filtersOnly,
  hasRelativeTimes,
  type SessionsSearch,
} from '../search-params.ts'

/**
 * What a totals walk asks for, apart from the walk itself (walk-pages.ts): the list page names
 * and counts a walk before one runs, and the walk's code loads only when one starts.
 */

export const WALK_PAGE_SIZE = 50

/**
 * The search the walk pages through: the filters alone, 50 a page, sorted by session id, which
 * is unique, so no two sessions can swap places between pages the way equal timestamps could.
 */
export function walkSearch(search: SessionsSearch): SessionsSearch {
  return { ...filtersOnly(search), limit: WALK_PAGE_SIZE, sort_by: 'session_id', sort_order: 'asc' }
}

/**
 * The walk's identity for caching: equal filters give equal strings, whatever the page or sort.
 * A relative range stays as written (the walk resolves it when it starts, and its result says
 * the instants), with the zone its days and months are counted in.
 */
export function walkFiltersQuery(search: SessionsSearch, timeZone = 'UTC'): string {
  const query = encodeSearch(walkSearch(search), 'api').toString()
  return hasRelativeTimes(search) ? `${query}&zone=${encodeURIComponent(timeZone)}` : query
}

/** How many requests a walk over `total` sessions takes. */
export const walkRequestCount = (total: number) => Math.max(1, Math.ceil(total / WALK_PAGE_SIZE))
