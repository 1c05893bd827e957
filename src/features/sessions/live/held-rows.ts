/**
 * A newest-first list that refreshes itself must not move rows under the pointer: the rows on
 * screen stay where they are, each in its newest version (a running session ends in place),
 * and sessions that arrived since wait behind a count until the person asks for them.
 */
import type { SessionsPage } from '../api/sessions-page.ts'
import type { SessionsSearch } from '../search-params.ts'

/** Only here do new sessions land above the rows one reads: the first page, newest first. */
export const holdsNewRows = (search: SessionsSearch) =>
  search.sort_by === 'created_at' && search.sort_order === 'desc' && search.page === 1

export interface HeldView {
  page: SessionsPage
  /** Sessions on the fresh page, created after every row on screen, not shown yet. */
  newCount: number
}

export function holdRows(shown: SessionsPage, fresh: SessionsPage): HeldView {
  const freshById = new Map(fresh.sessions.map((session) => [session.id, session]))
  const shownIds = new Set(shown.sessions.map((session) => session.id))
  const newest = shown.sessions.reduce(
    (latest, session) =>
      session.createdAt && session.createdAt > latest ? session.createdAt : latest,
    '',
  )
  const newCount = fresh.sessions.filter(
    (session) => !shownIds.has(session.id) && (session.createdAt ?? '') > newest,
  ).length
  return {
    page: {
      ...fresh,
      sessions: shown.sessions.map((session) => freshById.get(session.id) ?? session),
      total: Math.max(fresh.total - newCount, shown.sessions.length),
    },
    newCount,
  }
}
