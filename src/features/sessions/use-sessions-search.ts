import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { useLocation, useNavigate } from 'react-router'
import {
  applySearchChange,
  parseSearch,
  searchToUrl,
  type SessionsSearch,
  type UrlProblem,
} from './search-params.ts'

/** Writes a change to the URL; any change but the page itself goes back to page 1. */
export type SetSearch = (change: Partial<SessionsSearch>, options?: { replace?: boolean }) => void

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

  // Two changes made before the router re-renders (a text box flushing on blur, then a click)
  // must compose, not overwrite each other: each builds on the one still on its way.
  const inFlight = useRef<SessionsSearch | null>(null)
  useLayoutEffect(() => {
    inFlight.current = null
  }, [location.search])

  const setSearch: SetSearch = useCallback(
    (change, options = {}) => {
      const base = inFlight.current ?? search
      const next = applySearchChange(base, change)
      const nextUrl = searchToUrl(next)
      if (nextUrl === searchToUrl(base)) return
      inFlight.current = next
      void navigate({ search: nextUrl }, { replace: options.replace ?? false })
    },
    [search, navigate],
  )

  const dismissProblems = useCallback(() => {
    void navigate({ search: location.search }, { replace: true, state: {} })
  }, [location.search, navigate])

  const state = (location.state ?? {}) as ListLocationState
  return {
    search,
    setSearch,
    urlProblems: needsCleanUp ? problems : (state.urlProblems ?? []),
    dismissProblems,
  }
}
