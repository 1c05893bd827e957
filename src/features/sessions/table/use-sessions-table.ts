import {
  functionalUpdate,
  useTable,
  type PaginationState,
  type SortingState,
  type Updater,
} from '@tanstack/react-table'
import { useMemo } from 'react'
import { useNavigate } from 'react-router'
import { SORT_FIELDS, type PageSize, type SortField } from '../../../../contract/anchor-api.ts'
import type { Session } from '../api/session-model.ts'
import type { SessionsPage } from '../api/sessions-page.ts'
import type { SessionsSearch } from '../search-params.ts'
import { useNow, useTimeZone } from '../../../lib/clock.tsx'
import { useHydrated } from '../../../lib/use-hydrated.ts'
import { sessionColumns, sessionTableFeatures, type SessionTableMeta } from './columns.tsx'
import { useColumnVisibility } from './use-column-visibility.ts'

const NO_ROWS: Session[] = []
const isSortField = (id: string): id is SortField => (SORT_FIELDS as readonly string[]).includes(id)

/**
 * The TanStack table of one page of sessions. Sorting and paging are the server's (manual
 * modes): their table state is derived from the URL and every change is written back to the
 * URL, which makes the request. Only the column choice is local (see use-column-visibility).
 */
export function useSessionsTable(
  search: SessionsSearch,
  setSearch: (change: Partial<SessionsSearch>) => void,
  page: SessionsPage | undefined,
  /** The search the rows were fetched for (see SessionRows); cells build their links on it. */
  rowsSearch: SessionsSearch,
) {
  const [columnVisibility, setColumnVisibility] = useColumnVisibility()

  const sorting = useMemo<SortingState>(
    () => [{ id: search.sort_by, desc: search.sort_order === 'desc' }],
    [search.sort_by, search.sort_order],
  )
  const pagination = useMemo<PaginationState>(
    () => ({ pageIndex: search.page - 1, pageSize: search.limit }),
    [search.page, search.limit],
  )

  const onSortingChange = (updater: Updater<SortingState>) => {
    const [next] = functionalUpdate(updater, sorting)
    if (next && isSortField(next.id)) {
      setSearch({ sort_by: next.id, sort_order: next.desc ? 'desc' : 'asc' })
    }
  }

  const onPaginationChange = (updater: Updater<PaginationState>) => {
    const next = functionalUpdate(updater, pagination)
    // A new page size starts again at page 1 (applySearchChange does it); a page move keeps it.
    if (next.pageSize !== pagination.pageSize) setSearch({ limit: next.pageSize as PageSize })
    else setSearch({ page: next.pageIndex + 1 })
  }

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
    defaultColumn: { enableSorting: false },
    state: { sorting, pagination, columnVisibility },
    onSortingChange,
    onPaginationChange,
    onColumnVisibilityChange: setColumnVisibility,
    manualSorting: true,
    manualPagination: true,
    rowCount: page?.total ?? 0,
    // The server's order is the only order: first click descending, then ascending, never off.
    sortDescFirst: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    autoResetPageIndex: false,
  })
}

export type SessionsTable = ReturnType<typeof useSessionsTable>
