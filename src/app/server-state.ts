import type { QueryClient } from '@tanstack/react-query'
import {
  isTimeZone,
  SERVER_STATE_ID,
  type EmbeddedRenderState,
} from '../../contract/server-render.ts'
import { metaQuery } from '../features/meta/meta-query.ts'
import { sessionKeys } from '../features/sessions/api/keys.ts'
import { readSessionsPage, type SessionsPage } from '../features/sessions/api/sessions-page.ts'
import { parseSearch } from '../features/sessions/search-params.ts'
import { readObject } from '../lib/coerce.ts'
import { learnUpstreamClock } from '../lib/upstream-clock.ts'

/** The list page an API answer's parsed body holds, read as the browser reads one it fetched. */
export function readFirstPage(apiQuery: string, data: unknown): SessionsPage {
  return readSessionsPage(data, parseSearch(`?${apiQuery}`).search.limit)
}

/**
 * Puts what the server rendered from into a query client: the server does it before rendering,
 * the browser before hydrating, so both render from the same cache.
 */
export function seedQueryClient(queryClient: QueryClient, state: EmbeddedRenderState): void {
  // Fetched just now as far as this cache can tell (its own clock, as TanStack Query's stale
  // time counts): state.now is the upstream's clock, a month away over a pinned emulator, and
  // the browser took the page it was handed for stale and asked for it again at once.
  queryClient.setQueryData(metaQuery.queryKey, { mode: state.mode })
  // The emulator renders at its own clock's moment; the real API's is the world's.
  if (state.mode === 'emulator') learnUpstreamClock(state.now)
  const { firstPage } = state
  if (!firstPage) return
  queryClient.setQueryData(
    sessionKeys.page(firstPage.apiQuery),
    readFirstPage(firstPage.apiQuery, firstPage.data),
  )
}

/**
 * The state the server left in the page, or null where there is none (a page the server does
 * not render) or it cannot be read: the app then renders in the browser from scratch.
 */
export function readServerState(document: Document): EmbeddedRenderState | null {
  const text = document.getElementById(SERVER_STATE_ID)?.textContent
  if (!text) return null
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return null
  }
  const state = readObject(value)
  const page = state?.firstPage === null ? null : readObject(state?.firstPage)
  if (
    !state ||
    typeof state.timeZone !== 'string' ||
    !isTimeZone(state.timeZone) ||
    typeof state.now !== 'number' ||
    (state.mode !== 'emulator' && state.mode !== 'live') ||
    (page !== null && (typeof page?.apiQuery !== 'string' || page.data === undefined))
  ) {
    return null
  }
  return {
    timeZone: state.timeZone,
    now: state.now,
    mode: state.mode,
    firstPage: page && { apiQuery: String(page.apiQuery), data: page.data },
  }
}
