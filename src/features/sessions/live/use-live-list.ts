import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import { useTimeZone } from '../../../lib/clock.tsx'
import { parseRelativeTime } from '../../../lib/relative-time.ts'
import { LIVE_REFRESH_MS } from '../../../lib/retry-policy.ts'
import { fetchDashboardMeta, hasUpstreamClock, upstreamNow } from '../../../lib/upstream-clock.ts'
import { sessionsPageQuery } from '../api/sessions-page-query.ts'
import { fetchSessionsPage, type SessionsPage } from '../api/sessions-page.ts'
import { useListClock } from '../list-clock.tsx'
import { encodeSearch, resolveCreatedRange, type SessionsSearch } from '../search-params.ts'
import { holdRows, holdsNewRows } from './held-rows.ts'
import { createLiveScheduler, type LiveScheduler } from './live-scheduler.ts'

/** The page shows something that may still change: a running session, or a range open to now. */
export function couldChange(search: SessionsSearch, page: SessionsPage, asOf: number): boolean {
  if (page.sessions.some((session) => session.credits === 'running')) return true
  const to = search.created_to
  return to === null || parseRelativeTime(to) !== null || Date.parse(to) > asOf
}

export interface LiveList {
  /** The page to show: the rows on screen held in place while new ones wait. */
  page: SessionsPage | undefined
  newCount: number
  showNew: () => void
  /**
   * The refresh's own state, subscribed to where it is shown (LiveIndicator): a change of it,
   * which comes with every new search, then renders the indicator alone, not the whole table
   * region around it.
   */
  scheduler: Pick<LiveScheduler, 'status' | 'subscribe' | 'setPaused'>
}

/**
 * The list page refreshing itself (see live-scheduler.ts for when). A refresh reads the
 * upstream's clock, asks for the page at that moment, puts it in the cache and then moves the
 * list's clock, so "the last hour" means the new last hour and no second request is made.
 */
export function useLiveList(
  search: SessionsSearch,
  page: SessionsPage | undefined,
  settled: boolean,
): LiveList {
  const queryClient = useQueryClient()
  const listClock = useListClock()
  const zone = useTimeZone()
  const key = encodeSearch(search, 'url').toString()
  const [held, setHeld] = useState<{ key: string; page: SessionsPage } | null>(null)
  // Rows held for another search are let go at once (adjusted during render, no extra commit):
  // coming back to this one later must not bring back rows from then.
  if (held && held.key !== key) setHeld(null)
  // Memoized: the table's rows render again only for rows of another identity (SessionRows).
  const holding = useMemo(
    () => (held?.key === key && page ? holdRows(held.page, page) : null),
    [held, key, page],
  )
  const shown = holding?.page ?? page

  const [scheduler] = useState<LiveScheduler>(() =>
    createLiveScheduler({ intervalMs: LIVE_REFRESH_MS }),
  )
  // Set after every render, so a refresh always asks for what the page shows now.
  useEffect(() =>
    scheduler.setRefresh(async (signal) => {
      if (hasUpstreamClock()) await fetchDashboardMeta(signal)
      const at = upstreamNow()
      const resolved = resolveCreatedRange(search, at, zone)
      const fresh = await fetchSessionsPage(resolved, signal)
      if (signal.aborted) return
      if (holdsNewRows(search) && shown) {
        setHeld((prev) => (prev?.key === key ? prev : { key, page: shown }))
      }
      queryClient.setQueryData(sessionsPageQuery(resolved).queryKey, fresh)
      listClock.advance(at)
    }),
  )
  useEffect(() => () => scheduler.dispose(), [scheduler])

  // A new search loads by itself: the next refresh is an interval after it.
  useEffect(() => scheduler.markFresh(), [scheduler, key])

  const wanted = settled && page !== undefined && couldChange(search, page, listClock.asOf())
  useEffect(() => scheduler.setWanted(wanted), [scheduler, wanted])

  useEffect(() => {
    const update = () => scheduler.setHidden(document.hidden)
    update()
    document.addEventListener('visibilitychange', update)
    return () => document.removeEventListener('visibilitychange', update)
  }, [scheduler])

  return {
    page: shown,
    newCount: holding?.newCount ?? 0,
    showNew: () => setHeld(null),
    scheduler,
  }
}
