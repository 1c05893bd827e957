import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTimeZone } from '../../../lib/clock.tsx'
import type { SessionsSearch } from '../search-params.ts'
import { filterTotalsQuery, type FilterTotals, type PartialTotals } from './totals-query.ts'
import type { WalkProgress } from '../api/walk-pages.ts'
import { walkFiltersQuery } from '../api/walk-query.ts'

/** Up to this many matching sessions (40 requests), totals are computed without asking. */
export const AUTO_TOTALS_LIMIT = 2_000

/** Where the totals of the current filters stand: exactly one of these at a time. */
export type TotalsState =
  /** The list's page for these filters is still loading: how many they match is unknown. */
  | { kind: 'counting' }
  /** That page failed: how many the filters match stays unknown until the list loads. */
  | { kind: 'list-failed' }
  /** Large results wait for a click (a walk is one request per 50 sessions). */
  | { kind: 'awaiting-start' }
  | { kind: 'walking'; progress: WalkProgress | null; previous: FilterTotals | undefined }
  | { kind: 'done'; data: FilterTotals }
  | { kind: 'failed'; error: Error }
  /** Stopped by the person; what was read by then, if the first page had answered. */
  | { kind: 'cancelled'; partial: PartialTotals | null }

/**
 * The totals walk for the current filters: starts by itself for small results, on request for
 * large ones, and can be cancelled. Progress, the partial result of a cancel and the person's
 * start/cancel choice are kept per filter set, so nothing of one filter set ever shows under
 * another.
 */
export function useFilterTotals(
  search: SessionsSearch,
  matchingTotal: number | null,
  listFailed: boolean,
) {
  const queryClient = useQueryClient()
  const timeZone = useTimeZone()
  const walkQuery = walkFiltersQuery(search, timeZone)
  const [progress, setProgress] = useState<{ walkQuery: string; value: WalkProgress } | null>(null)
  const [partial, setPartial] = useState<{ walkQuery: string; value: PartialTotals } | null>(null)
  const [choice, setChoice] = useState<{ walkQuery: string; start: boolean } | null>(null)

  const options = filterTotalsQuery(
    search,
    timeZone,
    (value) => setProgress({ walkQuery, value }),
    (value) => setPartial({ walkQuery, value }),
  )
  const chosen = choice?.walkQuery === walkQuery ? choice.start : null
  const automatic = matchingTotal !== null && matchingTotal <= AUTO_TOTALS_LIMIT
  const query = useQuery({ ...options, enabled: chosen ?? automatic })
  const { queryKey } = options

  const start = () => {
    setChoice({ walkQuery, start: true })
    // refetch() runs even while the query is disabled, and joins a walk already under way.
    void query.refetch()
  }

  const cancel = () => {
    setChoice({ walkQuery, start: false })
    // Aborts every request of the walk; the cache goes back to what it held before, if anything.
    void queryClient.cancelQueries({ queryKey, exact: true })
  }

  let state: TotalsState
  if (query.fetchStatus === 'fetching') {
    const shownProgress = progress?.walkQuery === walkQuery ? progress.value : null
    state = { kind: 'walking', progress: shownProgress, previous: query.data }
  } else if (query.error) state = { kind: 'failed', error: query.error }
  else if (query.data) state = { kind: 'done', data: query.data }
  else if (chosen === false) {
    state = { kind: 'cancelled', partial: partial?.walkQuery === walkQuery ? partial.value : null }
  } else if (matchingTotal === null) state = { kind: listFailed ? 'list-failed' : 'counting' }
  else state = { kind: 'awaiting-start' }

  return { state, start, cancel }
}
