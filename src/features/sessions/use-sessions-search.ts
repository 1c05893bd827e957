import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { useLocation, useNavigate, useNavigationType } from 'react-router'
import { useTimeZone } from '../../lib/clock.tsx'
import { sessionsPageQuery } from './api/sessions-page-query.ts'
import { useListClock } from './list-clock.tsx'
import {
  applySearchChange,
  filtersKey,
  parseSearch,
  resolveCreatedRange,
  searchToUrl,
  type SessionsSearch,
  type UrlProblem,
} from './search-params.ts'

/** A change to the search, or a function of the latest search (for edits of a list). */
export type SearchChange =
  Partial<SessionsSearch> | ((current: SessionsSearch) => Partial<SessionsSearch>)

/**
 * Writes a change to the URL; any change but the page itself goes back to page 1. `state`
 * rides along in the history entry, for what a control must remember about how it got there.
 */
export type SetSearch = (
  change: SearchChange,
  options?: { replace?: boolean; state?: object },
) => void

const NO_PROBLEMS: UrlProblem[] = []

/** Navigations this hook asked for that the router has not rendered yet. */
interface PendingSearch {
  latest: SessionsSearch
  latestUrl: string
  urls: Set<string>
}

interface ListLocationState {
  /** What the last clean-up of a hand-edited URL dropped, kept in history state for the notice. */
  urlProblems?: UrlProblem[]
}

/**
 * The bridge between the address bar and the sessions list. The URL is the only place the
 * search lives: this hook parses it on every render and writes changes back as navigations.
 */
export function useSessionsSearch() {
  const location = useLocation()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const listClock = useListClock()
  // Read when a change is made, like the search (see `rendered` below).
  const zone = useTimeZone()
  const timeZone = useRef(zone)
  useLayoutEffect(() => {
    timeZone.current = zone
  }, [zone])
  const { search, problems } = useMemo(() => parseSearch(location.search), [location.search])
  const cleanUrl = searchToUrl(search)
  const needsCleanUp = cleanUrl !== location.search

  // A hand-edited or outdated URL is rewritten to its clean form in place (no new history
  // entry); what was dropped rides along in history state so the notice can explain it.
  useEffect(() => {
    if (!needsCleanUp) return
    const state: ListLocationState = problems.length ? { urlProblems: problems } : {}
    void navigate({ search: cleanUrl }, { replace: true, state })
  }, [needsCleanUp, cleanUrl, problems, navigate])

  // Changes made faster than the router renders (quick clicks, a text box flushing on blur then
  // a click) must compose, not overwrite each other: each builds on the one still on its way.
  const pending = useRef<PendingSearch | null>(null)
  const navigationType = useNavigationType()
  useLayoutEffect(() => {
    const current = pending.current
    if (!current) return
    // Done when the latest arrives; moot after back/forward or someone else's navigation.
    const isLatest = current.latestUrl === location.search
    const isOurs = current.urls.has(location.search)
    if (isLatest || !isOurs || navigationType === 'POP') pending.current = null
  }, [location.search, location.key, navigationType])

  // The search of the last render, read when a change is made: setSearch keeps one identity
  // while the URL changes, so controls memoized on it are not re-rendered by every navigation.
  const rendered = useRef(search)
  useLayoutEffect(() => {
    rendered.current = search
  }, [search])

  const setSearch: SetSearch = useCallback(
    (change, options = {}) => {
      const base = pending.current?.latest ?? rendered.current
      const next = applySearchChange(base, typeof change === 'function' ? change(base) : change)
      const nextUrl = searchToUrl(next)
      if (nextUrl === searchToUrl(base)) return
      const urls = pending.current?.urls ?? new Set<string>()
      pending.current = { latest: next, latestUrl: nextUrl, urls: urls.add(nextUrl) }
      // The new page's request leaves with the input. Left to the table's query, it would wait
      // for React to render the whole page for the new URL first (a query picks up a new key in
      // an effect, after the commit): that render, not the API, was most of a filter change.
      // The table's query joins this request, or finds its answer in the cache.
      // New filters are the moment to read "the last hour" afresh; a page or a sort of the same
      // filters keeps the moment the rows on screen were read at.
      if (filtersKey(next) !== filtersKey(base)) listClock.advance()
      const resolved = resolveCreatedRange(next, listClock.asOf(), timeZone.current)
      void queryClient.prefetchQuery(sessionsPageQuery(resolved))
      void navigate(
        { search: nextUrl },
        { replace: options.replace ?? false, state: options.state },
      )
    },
    [navigate, queryClient, listClock],
  )

  // The clean URL, not location.search: a click on the notice rendered before the clean-up
  // landed would otherwise bring the dirty URL (and the notice) back. Read when clicked, so the
  // notice keeps one handler across navigations.
  const dismissProblems = useCallback(() => {
    void navigate({ search: searchToUrl(rendered.current) }, { replace: true, state: {} })
  }, [navigate])

  const state = (location.state ?? {}) as ListLocationState
  return {
    search,
    setSearch,
    urlProblems: needsCleanUp ? problems : (state.urlProblems ?? NO_PROBLEMS),
    dismissProblems,
  }
}
