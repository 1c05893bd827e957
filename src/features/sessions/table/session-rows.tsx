import type { Row } from '@tanstack/react-table'
import { memo, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react'
import { DASH } from '../../../lib/format.ts'
import type { Session } from '../api/session-model.ts'
import type { sessionTableFeatures, SessionTableMeta } from './columns.tsx'
import { sessionHref } from '../shared/drill.ts'
import { listState } from '../shared/list-return.ts'
import { rememberOpenedRow, rowLabel } from './row-focus-return.ts'
import type { SessionsTable } from './use-sessions-table.ts'

type SessionColumn = ReturnType<SessionsTable['getVisibleLeafColumns']>[number]

type SessionRow = Row<typeof sessionTableFeatures, Session>

const INTERACTIVE = 'a,button,input,select,textarea,summary,[role="menu"]'
/** The session id's link (see sessionIdCell). */
const ID_LINK = 'a.sid'

/**
 * The rows of the sessions table, one per session. A row opens its session by click, or by
 * Enter when focused; arrows move between rows.
 *
 * Memoized on what they show: the table renders again on every change of the URL (a filter
 * change renders it at once, the old rows dimmed until the new ones arrive), and those renders
 * leave the rows alone. Without the memo, in bench:ab (6 interleaved rounds, load average
 * 10-14): page change p50 57.2 -> 65.1 ms, filter change p50 87.8 -> 110.3 ms, p95 159.4 ->
 * 212.6 ms.
 *
 * Keyed by position, not by session: the next page's rows reuse this page's elements, and the
 * browser updates their text and attributes in place instead of removing 400 elements and
 * styling 400 new ones. Keyed by session instead, in bench:ab (6 interleaved rounds, load
 * average 6-14): page change p50 66.7 -> 77.6 ms, filter change p50 118.5 -> 134.6 ms, longest
 * task typing 131 -> 244 ms.
 */
export const SessionRows = memo(function SessionRows({
  rows,
  columns,
  meta,
}: {
  /** The page's rows (the table keeps the same list while its data is the same). */
  rows: readonly SessionRow[]
  /** The shown columns, in order (the same list while the column choice is the same). */
  columns: readonly SessionColumn[]
  /** The table's meta, which the cells read (see columns.tsx). */
  meta: SessionTableMeta
}) {
  const { navigate } = meta

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
    const target = event.target as HTMLElement
    if (target.closest(ID_LINK)) {
      // The session id's link: a plain click opens the session here, as the row does; any other
      // click (a new tab, a new window) is the browser's.
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
      event.preventDefault()
      open(row, false)
      return
    }
    if (target.closest(INTERACTIVE)) return
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

  return rows.map((row, position) => (
    <tr
      key={position}
      tabIndex={0}
      aria-label={rowLabel(row.original.id)}
      onClick={onRowClick(row)}
      onKeyDown={onRowKeyDown(row)}
    >
      {columns.map((column) => renderCell(row.getAllCellsByColumnId()[column.id]!))}
    </tr>
  ))
})

/**
 * One cell: its column's function called here (no component per cell); a missing value is the
 * dash, named "none" for screen readers.
 */
function renderCell(cell: ReturnType<SessionRow['getVisibleCells']>[number]) {
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
}
