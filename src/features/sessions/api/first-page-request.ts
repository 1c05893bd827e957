import { encodeSearch, parseSearch, type SessionsSearch } from '../search-params.ts'
import { fetchSessionsPage, type SessionsPage } from './sessions-page.ts'

interface FirstPageRequest {
  search: SessionsSearch
  response: Promise<SessionsPage>
}

let pending: FirstPageRequest | null = null

/**
 * Starts the list's first request from the tiny entry script, while the app's code is still
 * downloading: on a cold load data and code then arrive side by side, and the first render
 * often has rows already.
 */
export function startFirstPageRequest(): void {
  if (window.location.pathname !== '/') return
  const { search } = parseSearch(window.location.search)
  const response = fetchSessionsPage(search)
  // Whoever takes the request handles its failure; until then it must not count as unhandled.
  response.catch(() => undefined)
  pending = { search, response }
}

/** Hands the request over once, and only while the URL still asks for the same page. */
export function takeFirstPageRequest(): FirstPageRequest | null {
  const request = pending
  pending = null
  if (!request) return null
  const current = parseSearch(window.location.search).search
  const sameRequest =
    encodeSearch(current, 'api').toString() === encodeSearch(request.search, 'api').toString()
  return sameRequest ? request : null
}
