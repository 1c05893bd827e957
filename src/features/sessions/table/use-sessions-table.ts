import { useTable } from '@tanstack/react-table'
import { useMemo } from 'react'
import { useNavigate } from 'react-router'
import type { Session } from '../api/session-model.ts'
import type { SessionsPage } from '../api/sessions-page.ts'
import type { SessionsSearch } from '../search-params.ts'
import { useNow, useTimeZone } from '../../../lib/clock.tsx'
import { useHydrated } from '../../../lib/use-hydrated.ts'
import { sessionColumns, sessionTableFeatures, type SessionTableMeta } from './columns.tsx'
import { useColumnVisibility } from './use-column-visibility.ts'

const NO_ROWS: Session[] = []

/**
 * The TanStack table of one page of sessions: its columns, which of them are shown (the one
 * state kept here, see use-column-visibility) and what the cells read. The page, its order and
 * its size are the URL's, which the header and the pagination bar change (see columns.tsx).
 */
export function useSessionsTable(
  page: SessionsPage | undefined,
  /** The search the rows were fetched for (see SessionRows); cells build their links on it. */
  rowsSearch: SessionsSearch,
) {
  const [columnVisibility, setColumnVisibility] = useColumnVisibility()

  const timeZone = useTimeZone()
  const now = useNow()
  const hydrated = useHydrated()
  const navigate = useNavigate()
  const meta = useMemo<SessionTableMeta>(
    () => ({ search: rowsSearch, clock: { timeZone, now }, hydrated, navigate }),
    [rowsSearch, timeZone, now, hydrated, navigate],
  )

  return useTable({
    features: sessionTableFeatures,
    columns: sessionColumns,
    data: page?.sessions ?? NO_ROWS,
    getRowId: (session) => session.id,
    meta,
    state: { columnVisibility },
    onColumnVisibilityChange: setColumnVisibility,
  })
}

export type SessionsTable = ReturnType<typeof useSessionsTable>
