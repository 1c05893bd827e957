import { queryOptions } from '@tanstack/react-query'
import { sessionKeys } from '../api/keys.ts'
import type { WalkProgress, WalkResult } from '../api/walk-pages.ts'
import { walkFiltersQuery } from '../api/walk-query.ts'
import type { SessionsSearch } from '../search-params.ts'
import type { CreditsTotals } from './aggregate.ts'

export interface FilterTotals {
  walk: WalkResult
  totals: CreditsTotals
}

/** What a cancelled walk had added up, and how far it got. */
export interface PartialTotals {
  totals: CreditsTotals
  pagesDone: number
  totalPages: number
  /** What the first page said the filters match. */
  matching: number
}

/** A walk is many requests: its result stays fresh for a while and is kept when unused. */
const TOTALS_STALE_MS = 5 * 60_000
const TOTALS_GC_MS = 15 * 60_000

/** The walk's code, loaded ahead as a person is about to start one (the start button). */
export const loadWalk = () => import('./walk-totals.ts')

/**
 * Totals of everything the filters match, cached per filter set. The query's signal reaches
 * every request of the walk, so TanStack Query aborts the whole walk when nobody watches it any
 * more: the filters changed, or the summary went away.
 */
export function filterTotalsQuery(
  search: SessionsSearch,
  timeZone: string,
  onProgress?: (progress: WalkProgress) => void,
  onCancelled?: (partial: PartialTotals) => void,
) {
  return queryOptions({
    queryKey: sessionKeys.totals(walkFiltersQuery(search, timeZone)),
    queryFn: async ({ signal }) =>
      (await loadWalk()).walkTotals(search, timeZone, signal, onProgress, onCancelled),
    staleTime: TOTALS_STALE_MS,
    gcTime: TOTALS_GC_MS,
    // The walk retries each page itself; retrying the whole walk would redo every page.
    retry: false,
  })
}
