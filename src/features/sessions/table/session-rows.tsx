import type { Row } from '@tanstack/react-table'
import { memo, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react'
import { DASH } from '../../../lib/format.ts'
import type { Session } from '../api/session-model.ts'
import type { sessionTableFeatures, SessionTableMeta } from './columns.tsx'
import { sessionHref } from '../shared/drill.ts'
import { listState } from '../shared/list-return.ts'
import { rememberOpenedRow, rowLabel } from './row-focus-return.ts'
import { useTableNavigate } from './table-link.tsx'
import type { SessionsTable } from './use-sessions-table.ts'

type SessionRow = Row<typeof sessionTableFeatures, Session>

const INTERACTIVE = 'a,button,input,select,textarea,summary,[role="menu"]'

interface SessionRowsProps {
  /** A new object on every render of the table's owner, so the memo below does not compare it. */
  table: SessionsTable
  /**
   * What the rows depend on, so that they render only when one of these changes: the page's
   * sessions, the table's meta and the shown columns.
   */
  sessions: readonly Session[]
  /** The table's meta: the search the rows were fetched for and the clock (see columns.tsx). */
  meta: SessionTableMeta
  columnVisibility: Record<string, boolean>
}

const sameRows = (a: SessionRowsProps, b: SessionRowsProps) =>
  a.sessions === b.sessions && a.meta === b.meta && a.columnVisibility === b.columnVisibility

/**
 * The rows of the sessions table, one per session. Memoized: a filter change renders the page
 * at once with the new filters while the old rows stay (dimmed) until the new ones arrive; those
 * old rows must not render again for a search that is not theirs.
 */
export const SessionRows = memo(function SessionRows({
  table,
  meta,
  columnVisibility,
}: SessionRowsProps) {
  const navigate = useTableNavigate()

  const open = (row: SessionRow, newTab: boolean) => {
    const id = row.original.id
    const href = sessionHref(id)
    if (newTab) window.open(href, '_blank', 'noopener')
    else {
      rememberOpenedRow(id)
      void navigate(href, { state: listState(id) })
    }
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

  return table.getRowModel().rows.map((row) => (
    <tr
      key={row.id}
      tabIndex={0}
      aria-label={rowLabel(row.original.id)}
      onClick={onRowClick(row)}
      onKeyDown={onRowKeyDown(row)}
    >
      <RowCells row={row} meta={meta} columnVisibility={columnVisibility} />
    </tr>
  ))
}, sameRows)

interface RowCellsProps {
  row: SessionRow
  meta: SessionTableMeta
  columnVisibility: Record<string, boolean>
}

const sameCells = (a: RowCellsProps, b: RowCellsProps) =>
  a.row.original === b.row.original &&
  a.meta === b.meta &&
  a.columnVisibility === b.columnVisibility

/**
 * The cells of one row. Memoized: a row showing the same session as before is not rendered
 * again. Each cell's content is its column's function called
 * here (no component per cell); a missing value is the dash, named "none" for screen readers.
 */
const RowCells = memo(function RowCells({ row }: RowCellsProps) {
  return row.getVisibleCells().map((cell) => {
    const { cell: render, meta } = cell.column.columnDef
    const content: ReactNode = typeof render === 'function' ? render(cell.getContext()) : render
    const missing = content === null || content === undefined
    return (
      <td
        key={cell.column.id}
        className={meta!.align === 'end' ? 'end' : undefined}
        data-card={meta!.card}
        aria-label={missing ? 'none' : undefined}
      >
        {missing ? DASH : content}
      </td>
    )
  })
}, sameCells)
