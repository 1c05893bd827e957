import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useLayoutEffect, useState } from 'react'
import { ErrorBoundary } from '../../../components/error-boundary.tsx'
import { formatCount } from '../../../lib/format.ts'
import { useDelayedFlag } from '../../../lib/use-delayed-flag.ts'
import { sessionsPageQuery } from '../api/sessions-page-query.ts'
import { useResolvedSearch } from '../list-clock.tsx'
import { CLEARED_FILTERS, encodeSearch, type SessionsSearch } from '../search-params.ts'
import { activeFilters } from '../filters/active-filters.ts'
import { useTimeZone } from '../../../lib/clock.tsx'
import { afterNextPaint } from '../../../lib/after-next-paint.ts'
import { markRowsVisible } from './rows-visible-mark.ts'
import { ColumnChooser } from './column-chooser.tsx'
import { PaginationBar } from './pagination-bar.tsx'
import { RetryNotice } from './retry-notice.tsx'
import { returnFocusToOpenedRow } from './row-focus-return.ts'
import { SESSION_ROWS_ID, SessionsTable } from './sessions-table.tsx'
import { ORDER_WORDS } from './sort-header.tsx'
import { TableScroller } from './table-scroller.tsx'
import { NoSessions, PastTheEnd, SessionsError } from './table-states.tsx'
import { useSessionsTable } from './use-sessions-table.ts'
import { LiveIndicator, NewSessionsPill } from '../live/live-indicator.tsx'
import { useLiveList } from '../live/use-live-list.ts'

interface RegionProps {
  search: SessionsSearch
  setSearch: (change: Partial<SessionsSearch>) => void
}

/**
 * The table region in its own error boundary: a render failure here leaves the filters and the
 * summary usable, and a new search (the URL) tries the table again.
 */
export function SessionsTableRegion(props: RegionProps) {
  return (
    <ErrorBoundary region="The table" resetKeys={[encodeSearch(props.search, 'url').toString()]}>
      <TableRegion {...props} />
    </ErrorBoundary>
  )
}

/**
 * One page of sessions with everything around it: a header bar, the table, its loading,
 * empty and error states, and the pagination bar. The previous rows stay (dimmed) while the
 * next page loads, so the table never blanks on a page change.
 */
function TableRegion({ search, setSearch }: RegionProps) {
  const queryClient = useQueryClient()
  const timeZone = useTimeZone()
  const resolved = useResolvedSearch(search)
  const query = useQuery(sessionsPageQuery(resolved))
  const live = useLiveList(search, query.data, !query.isPlaceholderData && !query.isError)
  const page = live.page
  const rowsSearch = useSearchOfRows(search, query.isPlaceholderData)
  const table = useSessionsTable(page, rowsSearch)

  // Real-user monitoring and bench/: a mark each time the rows of a new (not placeholder) page
  // have been painted; the detail names the URL they belong to, so a reader can match rows to
  // a change. A layout effect, so that its timer is queued before any other work waiting for
  // the paint (the next page's prefetch, the totals walk) and runs right after the paint.
  const shownPage = query.isPlaceholderData ? undefined : page
  useLayoutEffect(() => {
    if (!shownPage?.sessions.length) return
    const rowsUrl = window.location.search
    return afterNextPaint(() => markRowsVisible(rowsUrl))
  }, [shownPage])

  // Back from a session opened here: the focus (and the view) return to its row.
  useLayoutEffect(() => {
    if (shownPage) returnFocusToOpenedRow(document.getElementById(SESSION_ROWS_ID))
  }, [shownPage])

  // Paging forward is the common move: have the next page ready before it is asked for.
  const hasNextPage =
    !query.isPlaceholderData && page !== undefined && search.page < page.totalPages
  useEffect(() => {
    if (!hasNextPage) return
    // After the rows are painted: starting a request takes the main thread for a moment, which
    // belongs to showing this page first.
    return afterNextPaint(
      () =>
        void queryClient.prefetchQuery(sessionsPageQuery({ ...resolved, page: resolved.page + 1 })),
    )
  }, [hasNextPage, queryClient, resolved])

  const sortLabel = table.getColumn(search.sort_by)?.columnDef.meta?.label ?? search.sort_by
  const caption = `Sessions, sorted by ${sortLabel.toLowerCase()} ${ORDER_WORDS[search.sort_order]}${
    page ? `, page ${search.page} of ${Math.max(page.totalPages, 1)}` : ''
  }`
  const loadingNext = query.isPlaceholderData && query.isFetching
  const showLoadingCue = useDelayedFlag(loadingNext)

  let body
  if (query.isError) {
    body = <SessionsError error={query.error} onRetry={() => void query.refetch()} />
  } else if (page && page.sessions.length === 0 && page.total === 0) {
    body = (
      <NoSessions
        filters={activeFilters(search, timeZone).map(({ label, value }) => `${label}: ${value}`)}
        onClear={() => setSearch(CLEARED_FILTERS)}
      />
    )
  } else if (page && page.sessions.length === 0 && search.page > page.totalPages) {
    body = (
      <PastTheEnd
        page={search.page}
        lastPage={page.totalPages}
        onGoToLast={() => setSearch({ page: page.totalPages })}
      />
    )
  } else {
    body = (
      <TableScroller>
        <SessionsTable
          table={table}
          sort={{
            by: search.sort_by,
            order: search.sort_order,
            onSort: (sort_by, sort_order) => setSearch({ sort_by, sort_order }),
          }}
          caption={caption}
          loading={query.isPending}
          loadingNext={loadingNext}
          dimmed={showLoadingCue}
        />
      </TableScroller>
    )
  }

  return (
    <section
      aria-label="Sessions"
      className="relative overflow-hidden rounded-xl border border-slate-200 bg-white shadow-xs dark:border-slate-800 dark:bg-slate-950"
    >
      {showLoadingCue && (
        <div
          role="progressbar"
          aria-label="Loading sessions"
          className="absolute inset-x-0 top-0 z-20 h-0.5 animate-pulse bg-indigo-500"
        />
      )}
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 px-4 py-2.5">
        <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
          {page ? (
            <>
              <strong className="font-semibold text-slate-900 tabular-nums dark:text-slate-100">
                {formatCount(page.total)}
              </strong>{' '}
              {page.total === 1 ? 'session' : 'sessions'}
              {page.skipped > 0 && ` · ${page.skipped} unreadable skipped`}
            </>
          ) : query.isError ? null : (
            <span>Loading sessions…</span>
          )}
        </p>
        <div className="ml-auto flex flex-wrap items-center justify-end gap-2 empty:hidden">
          <NewSessionsPill live={live} onShow={() => window.scrollTo({ top: 0 })} />
          <LiveIndicator live={live} />
        </div>
        {/* Phones show sessions as cards, which have no columns to choose. */}
        <div className="hidden sm:block">
          <ColumnChooser table={table} />
        </div>
      </div>
      {query.isFetching && query.failureCount > 0 ? (
        <RetryNotice
          key={query.failureCount}
          failure={query.failureReason}
          failures={query.failureCount}
          // A reset, not a refetch: a refetch joins the retry that is waiting, and waits too.
          onTryNow={() =>
            void queryClient.resetQueries({
              queryKey: sessionsPageQuery(resolved).queryKey,
              exact: true,
            })
          }
        />
      ) : null}
      <div className="border-t border-slate-200 dark:border-slate-800">{body}</div>
      {page && page.total > 0 && !query.isError && (
        <PaginationBar
          page={search.page}
          limit={search.limit}
          total={page.total}
          pageCount={page.totalPages}
          setSearch={setSearch}
        />
      )}
    </section>
  )
}

/**
 * The search the rows on screen were fetched for: while the next page loads, the previous
 * page's rows stay, and their drill links must keep building on the search that found them.
 */
function useSearchOfRows(search: SessionsSearch, showingPrevious: boolean): SessionsSearch {
  const [rowsSearch, setRowsSearch] = useState(search)
  if (!showingPrevious && rowsSearch !== search) {
    // Adjusted during render (no extra commit): the rows now belong to this search.
    setRowsSearch(search)
    return search
  }
  return showingPrevious ? rowsSearch : search
}
