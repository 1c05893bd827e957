import { getJson } from '../../../lib/http.ts'
import { upstreamNow } from '../../../lib/upstream-clock.ts'
import { walkAllPages, type PartialWalk, type WalkProgress } from '../api/walk-pages.ts'
import type { SessionsSearch } from '../search-params.ts'
import { aggregateSessions } from './aggregate.ts'
import type { FilterTotals, PartialTotals } from './totals-query.ts'

/**
 * The totals walk and its sums: loaded when a walk starts (see filterTotalsQuery), since most
 * visits never run one.
 */
export async function walkTotals(
  search: SessionsSearch,
  timeZone: string,
  signal: AbortSignal,
  onProgress?: (progress: WalkProgress) => void,
  onCancelled?: (partial: PartialTotals) => void,
): Promise<FilterTotals> {
  const walk = await walkAllPages({
    search,
    timeZone,
    fetchJson: getJson,
    // The list's clock (list-clock.tsx), so "the last 7 days" are the same days for the walk
    // as for the rows above it: the emulator's, where it keeps its own.
    now: upstreamNow,
    signal,
    onProgress,
    onCancelled: onCancelled && ((partial) => onCancelled(partialTotals(partial))),
  })
  return { walk, totals: aggregateSessions(walk.sessions) }
}

function partialTotals(walk: PartialWalk): PartialTotals {
  return {
    totals: aggregateSessions(walk.sessions),
    pagesDone: walk.pagesDone,
    totalPages: walk.totalPages,
    matching: walk.total,
  }
}
