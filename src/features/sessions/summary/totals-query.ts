import { queryOptions } from '@tanstack/react-query'
import { getJson } from '../../../lib/http.ts'
import { sessionKeys } from '../api/keys.ts'
import type { SessionsSearch } from '../search-params.ts'
import { aggregateSessions, type CreditsTotals } from './aggregate.ts'
import {
  walkAllPages,
  walkFiltersQuery,
  type PartialWalk,
  type WalkProgress,
  type WalkResult,
} from '../api/walk-pages.ts'

export interface FilterTotals {
  walk: WalkResult
  totals: CreditsTotals
}

/** A walk is many requests: its result stays fresh for a while and is kept when unused. */
const TOTALS_STALE_MS = 5 * 60_000
const TOTALS_GC_MS = 15 * 60_000

/**
 * Totals of everything the filters match, cached per filter set. The query's signal reaches
 * every request of the walk, so TanStack Query aborts the whole walk when nobody watches it any
 * more: the filters changed, or the summary went away.
 */
export function filterTotalsQuery(
  search: SessionsSearch,
  timeZone: string,
  onProgress?: (progress: WalkProgress) => void,
  onCancelled?: (partial: PartialWalk) => void,
) {
  return queryOptions({
    queryKey: sessionKeys.totals(walkFiltersQuery(search, timeZone)),
    queryFn: async ({ signal }): Promise<FilterTotals> => {
      const walk = await walkAllPages({
        search,
        timeZone,
        fetchJson: getJson,
        signal,
        onProgress,
        onCancelled,
      })
      return { walk, totals: aggregateSessions(walk.sessions) }
    },
    staleTime: TOTALS_STALE_MS,
    gcTime: TOTALS_GC_MS,
    // The walk retries each page itself; retrying the whole walk would redo every page.
    retry: false,
  })
}
