import { useCallback, useEffect, useMemo } from 'react'
import { useLocation, useNavigate } from 'react-router'
import {
  applySearchChange,
  parseSearch,
  searchToUrl,
  type SessionsSearch,
  type UrlProblem,
} from './search-params.ts'

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

  const setSearch = useCallback(
    (change: Partial<SessionsSearch>, options: { replace?: boolean } = {}) => {
      const next = searchToUrl(applySearchChange(search, change))
      if (next === location.search) return
      void navigate({ search: next }, { replace: options.replace ?? false })
    },
    [search, location.search, navigate],
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
