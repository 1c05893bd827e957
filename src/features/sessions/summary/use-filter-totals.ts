import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTimeZone } from '../../../lib/clock.tsx'
import { usePaintedSince } from '../../../lib/use-painted-since.ts'
import { framesToShowRows } from '../table/use-rows-in-frames.ts'
import type { SessionsSearch } from '../search-params.ts'
import { filterTotalsQuery } from './totals-query.ts'
import { walkFiltersQuery, type WalkProgress } from '../api/walk-pages.ts'

/** Up to this many matching sessions (40 requests), totals are computed without asking. */
export const AUTO_TOTALS_LIMIT = 2_000

/**
 * The totals walk for the current filters: starts by itself for small results, on request for
 * large ones, and can be cancelled. Progress and the person's start/cancel choice are kept per
 * filter set, so nothing of one filter set ever shows under another.
 */
export function useFilterTotals(
  search: SessionsSearch,
  matchingTotal: number | null,
  /** Rows of the list's page for these filters, which come in frames before the walk starts. */
  pageRows: number,
) {
  const queryClient = useQueryClient()
  const timeZone = useTimeZone()
  const walkQuery = walkFiltersQuery(search, timeZone)
  const [progress, setProgress] = useState<{ walkQuery: string; value: WalkProgress } | null>(null)
  const [choice, setChoice] = useState<{ walkQuery: string; start: boolean } | null>(null)

  const options = filterTotalsQuery(search, timeZone, (value) => setProgress({ walkQuery, value }))
  const chosen = choice?.walkQuery === walkQuery ? choice.start : null
  // Automatic walks wait until the rows these filters found are all on screen (a long page comes
  // in several frames): started sooner, the walk's answers and its progress would take the main
  // thread from showing those rows, and make the frames that show them longer.
  const rowsPainted = usePaintedSince(
    matchingTotal === null ? '' : walkQuery,
    framesToShowRows(pageRows),
  )
  const automatic = matchingTotal !== null && matchingTotal <= AUTO_TOTALS_LIMIT
  const query = useQuery({ ...options, enabled: chosen ?? (automatic && rowsPainted) })
  // The frame between the rows and the walk's start belongs to the walk, not to a prompt.
  const aboutToWalk = chosen === null && automatic && !rowsPainted && query.data === undefined
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

  const isWalking = query.fetchStatus === 'fetching' || aboutToWalk
  return {
    data: query.data,
    error: query.error,
    isWalking,
    progress: isWalking && progress?.walkQuery === walkQuery ? progress.value : null,
    wasCancelled: chosen === false,
    start,
    cancel,
  }
}
