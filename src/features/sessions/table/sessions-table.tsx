import type { Row } from '@tanstack/react-table'
import type { KeyboardEvent, MouseEvent } from 'react'
import { useNavigate } from 'react-router'
import type { Session } from '../api/session-model.ts'
import type { sessionTableFeatures } from './columns.tsx'
import { sessionHref } from './drill.ts'
import { listState } from './session-id-link.tsx'
import { ariaSortOf, HeaderContent } from './sort-header.tsx'
import { SkeletonRows } from './skeleton-rows.tsx'
import { TableNavigation } from './table-link.tsx'
import type { SessionsTable as Table } from './use-sessions-table.ts'

type SessionRow = Row<typeof sessionTableFeatures, Session>

/** The first column stays put while the table scrolls sideways on a narrow screen. */
const STICKY =
  'sticky left-0 z-10 shadow-[inset_-1px_0_0_var(--color-slate-200)] dark:shadow-[inset_-1px_0_0_var(--color-slate-800)]'

const INTERACTIVE = 'a,button,input,select,textarea,summary,[role="menu"]'

/**
 * The sessions as a semantic table. A row opens its session by click or by Enter when
 * focused; arrows move between rows. Links and menus inside a row handle their own clicks.
 */
export function SessionsTable({
  table,
  caption,
  loading,
  dimmed,
  rowCount,
}: {
  table: Table
  caption: string
  /** First load: skeleton rows under real headers. */
  loading: boolean
  /** A newer page is on its way: the rows shown are the previous ones. */
  dimmed: boolean
  /** How many of the rows to render yet: a long page comes in steps (see use-rows-in-frames). */
  rowCount: number
}) {
  const navigate = useNavigate()

  const open = (row: SessionRow, newTab: boolean) => {
    const href = sessionHref(row.original.id)
    if (newTab) window.open(href, '_blank', 'noopener')
    else void navigate(href, { state: listState() })
  }

  const onRowClick = (row: SessionRow) => (event: MouseEvent) => {
    if ((event.target as HTMLElement).closest(INTERACTIVE)) return
    if (window.getSelection()?.toString()) return // selecting text is not opening
    open(row, event.metaKey || event.ctrlKey)
  }

  const onRowKeyDown = (row: SessionRow) => (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (event.target !== event.currentTarget) return
    const sibling = (next: boolean) =>
      (next
        ? event.currentTarget.nextElementSibling
        : event.currentTarget.previousElementSibling) as HTMLElement | null
    if (event.key === 'Enter') open(row, event.metaKey || event.ctrlKey)
    else if (event.key === 'ArrowDown') sibling(true)?.focus()
    else if (event.key === 'ArrowUp') sibling(false)?.focus()
    else return
    event.preventDefault()
  }

  return (
    <TableNavigation>
      <table
        className="w-full border-separate border-spacing-0 text-sm"
        aria-busy={loading || dimmed}
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
                    index === 0 ? STICKY : ''
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
          <tbody className={`transition-opacity duration-200 ${dimmed ? 'opacity-55' : ''}`}>
            {table
              .getRowModel()
              .rows.slice(0, rowCount)
              .map((row) => (
                <tr
                  key={row.id}
                  tabIndex={0}
                  aria-label={`Session ${row.original.id}`}
                  onClick={onRowClick(row)}
                  onKeyDown={onRowKeyDown(row)}
                  className="group/row cursor-pointer bg-white hover:bg-slate-50 focus-visible:bg-indigo-50/60 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-500 dark:bg-slate-950 dark:hover:bg-slate-900 dark:focus-visible:bg-indigo-950/40"
                >
                  {row.getVisibleCells().map((cell, index) => (
                    <td
                      key={cell.id}
                      className={`border-b border-slate-100 px-2 py-2.5 align-middle whitespace-nowrap text-slate-700 tabular-nums first:pl-4 last:pr-4 group-last/row:border-b-0 dark:border-slate-800/70 dark:text-slate-300 ${
                        cell.column.columnDef.meta?.align === 'end' ? 'text-right' : ''
                      } ${index === 0 ? `${STICKY} bg-inherit` : ''}`}
                    >
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              ))}
          </tbody>
        )}
      </table>
    </TableNavigation>
  )
}
