import type { Row } from '@tanstack/react-table'
import { memo, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react'
import { DASH } from '../../../lib/format.ts'
import type { Session } from '../api/session-model.ts'
import type { CellArgs, CellTable, sessionTableFeatures, SessionTableMeta } from './columns.tsx'
import { CHIP_SELECTOR, isListFilterName, onlyChipHref } from './drill-chip.tsx'
import { sessionHref } from '../shared/drill.ts'
import { listState } from '../shared/list-return.ts'
import { rememberOpenedRow, rowLabel } from './row-focus-return.ts'
import type { SessionsTable } from './use-sessions-table.ts'

type SessionColumn = ReturnType<SessionsTable['getVisibleLeafColumns']>[number]

type SessionRow = Row<typeof sessionTableFeatures, Session>

const INTERACTIVE = 'a,button,input,select,textarea,summary,[role="menu"]'
/** The session id's link (see sessionIdCell). */
const ID_LINK = 'a.sid'
/** The plain links of a row's cells (cells.tsx, drill-chip.tsx); a menu's items are not. */
const ROW_LINK = `${ID_LINK}, a.drill, ${CHIP_SELECTOR}`

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
  const table: CellTable = { options: { meta } }

  const open = (row: SessionRow, newTab: boolean) => {
    const id = row.original.id
    const href = sessionHref(id)
    if (newTab) window.open(href, '_blank', 'noopener')
    else {
      rememberOpenedRow(id)
      void navigate(href, { state: listState(id) })
    }
  }

  // The links in a row are plain anchors (no router component each): their plain clicks are
  // handled here, once for the table. Any other click (a new tab, a window) is the browser's.
  const onLinkClick = (row: SessionRow, link: HTMLAnchorElement, event: MouseEvent) => {
    const isChip = link.matches(CHIP_SELECTOR)
    if (event.metaKey || event.ctrlKey || event.shiftKey || (event.altKey && !isChip)) return
    event.preventDefault()
    // The session id's link opens the session here, as the row does.
    if (link.matches(ID_LINK)) return open(row, false)
    const href = event.altKey ? onlyHref(row, link) : link.getAttribute('href')
    if (href === null) return
    // As the router's own links do: the link to where the list already is replaces it.
    void navigate(href, { replace: href === window.location.pathname + window.location.search })
  }

  // Alt/Option-click on a chip: only its value, in place of the others of its filter.
  const onlyHref = (row: SessionRow, chip: HTMLAnchorElement) => {
    const cell = chip.closest('td')
    const name = cell ? columns[cell.cellIndex]?.id : undefined
    if (name === undefined || !isListFilterName(name)) return null
    return onlyChipHref(chip, meta.search, name, row.original[name] ?? [])
  }

  const onRowClick = (row: SessionRow) => (event: MouseEvent) => {
    const target = event.target as HTMLElement
    const link = target.closest<HTMLAnchorElement>(ROW_LINK)
    if (link) return onLinkClick(row, link, event)
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
      {columns.map((column) => renderCell(row, column, table))}
    </tr>
  ))
})

/**
 * One cell: its column's function called here (no component per cell); a missing value is the
 * dash, named "none" for screen readers. The function gets its value and the table's meta
 * alone (CellArgs): TanStack's own cell objects, built for all 17 columns of every row, hidden
 * ones too, took two thirds as long as rendering the cells (CPU profile, 50-row page change).
 */
function renderCell(row: SessionRow, column: SessionColumn, table: CellTable) {
  const { cell: render, meta } = column.columnDef
  const args: CellArgs<unknown> = { getValue: () => row.getValue(column.id), table }
  // The columns' cell functions are declared on CellArgs (columns.tsx): this is all they read.
  const content: ReactNode = typeof render === 'function' ? render(args as never) : render
  const missing = content === null || content === undefined
  return (
    <td
      key={column.id}
      className={meta!.align === 'end' ? 'end' : undefined}
      data-card={meta!.card}
      aria-label={missing ? 'none' : undefined}
    >
      {missing ? DASH : content}
    </td>
  )
}
