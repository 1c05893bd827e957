import { SessionRows } from './session-rows.tsx'
import { ariaSortOf, HeaderContent } from './sort-header.tsx'
import { SkeletonRows } from './skeleton-rows.tsx'
import { STICKY_CELL } from './sticky-cell.ts'
import { TableNavigation } from './table-link.tsx'
import type { SessionsTable as Table } from './use-sessions-table.ts'

/**
 * The sessions as a semantic table. A row opens its session by click or by Enter when
 * focused; arrows move between rows. Links and menus inside a row handle their own clicks.
 */
export function SessionsTable({
  table,
  caption,
  loading,
  loadingNext,
  dimmed,
  rowCount,
}: {
  table: Table
  caption: string
  /** First load: skeleton rows under real headers. */
  loading: boolean
  /** A newer page is on its way: the rows shown are the previous ones. */
  loadingNext: boolean
  /** The rows shown are the previous ones, and the newer page is taking a while. */
  dimmed: boolean
  /** How many of the rows to render yet: a long page comes in steps (see use-rows-in-frames). */
  rowCount: number
}) {
  return (
    <TableNavigation>
      <table
        className="w-full border-separate border-spacing-0 text-sm"
        aria-busy={loading || loadingNext}
      >
        <caption className="sr-only">{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header, index) => (
                <th
                  key={header.id}
                  scope="col"
                  aria-sort={ariaSortOf(header)}
                  className={`border-b border-slate-200 bg-slate-50 px-2 py-2.5 text-left text-[11px] font-semibold tracking-wide whitespace-nowrap text-slate-500 uppercase first:pl-4 last:pr-4 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-400 ${
                    index === 0 ? STICKY_CELL : ''
                  }`}
                >
                  <HeaderContent header={header} />
                </th>
              ))}
            </tr>
          ))}
        </thead>
        {loading ? (
          <SkeletonRows columns={table.getVisibleLeafColumns()} />
        ) : (
          <tbody
            data-session-rows
            className={`transition-opacity duration-200 ${dimmed ? 'opacity-55' : ''}`}
          >
            <SessionRows
              table={table}
              sessions={table.options.data}
              meta={table.options.meta!}
              columnVisibility={table.state.columnVisibility}
              rowCount={rowCount}
            />
          </tbody>
        )}
      </table>
    </TableNavigation>
  )
}
