import { readNumber, readObject } from '../../../lib/coerce.ts'
import { getJson } from '../../../lib/http.ts'
import { ApiError } from '../../../lib/http-error.ts'
import { encodeSearch, hasRelativeTimes, type SessionsSearch } from '../search-params.ts'
import { readSession, type Session } from './session-model.ts'

/**
 * One page of the list: reading it from the API, free of React, the same way in the browser
 * and on the server (src/entry-server.tsx).
 */
export interface SessionsPage {
  sessions: Session[]
  total: number
  page: number
  totalPages: number
  /** Items the API sent that could not be shown (no id); the UI says how many. */
  skipped: number
}

/** Reads `{ data: { sessions, total, page, total_pages } }`, tolerating what can be tolerated. */
export function readSessionsPage(body: unknown, limit: number): SessionsPage {
  const data = readObject(readObject(body)?.data)
  if (!data || !Array.isArray(data.sessions)) {
    throw new ApiError('malformed', 'The Anchor API sent a response without a list of sessions.')
  }
  const sessions: Session[] = []
  for (const item of data.sessions) {
    const session = readSession(item)
    if (session) sessions.push(session)
  }
  const total = readNumber(data.total) ?? sessions.length
  return {
    sessions,
    total,
    page: readNumber(data.page) ?? 1,
    totalPages: readNumber(data.total_pages) ?? Math.ceil(total / limit),
    skipped: data.sessions.length - sessions.length,
  }
}

/** `search` must hold instants only: see resolveCreatedRange. */
export function fetchSessionsPage(search: SessionsSearch, signal?: AbortSignal) {
  if (hasRelativeTimes(search)) {
    throw new Error('Relative times must be resolved before the API is asked (resolveCreatedRange)')
  }
  const query = encodeSearch(search, 'api').toString()
  return getJson(`/api/v1/sessions?${query}`, signal).then((body) =>
    readSessionsPage(body, search.limit),
  )
}
