import type { Header } from '@tanstack/react-table'
import type { SortField, SortOrder } from '../../../../contract/anchor-api.ts'
import { ChevronDownIcon, ChevronsUpDownIcon, ChevronUpIcon } from '../../../components/icons.tsx'
import type { Session } from '../api/session-model.ts'
import type { sessionTableFeatures } from './columns.tsx'

type SessionHeader = Header<typeof sessionTableFeatures, Session, unknown>

/** The list's order, which the server applies: the URL's `sort_by` and `sort_order`. */
export interface TableSort {
  by: SortField
  order: SortOrder
  /** Asks for another order (a link's change of the URL, which makes the request). */
  onSort: (by: SortField, order: SortOrder) => void
}

/** Which way `header`'s column is sorted, or false; undefined for columns the API cannot sort. */
function sortedBy(header: SessionHeader, sort: TableSort): SortOrder | false | undefined {
  const field = header.column.columnDef.meta!.sortField
  if (field === undefined) return undefined
  return field === sort.by && sort.order
}

/** `aria-sort` for a header cell; absent on columns the server cannot sort by. */
export function ariaSortOf(
  header: SessionHeader,
  sort: TableSort,
): 'ascending' | 'descending' | 'none' | undefined {
  const sorted = sortedBy(header, sort)
  if (sorted === undefined) return undefined
  return sorted ? ORDER_WORDS[sorted] : 'none'
}

/** How an order is said: in `aria-sort`, in a sort button's title, in the table's caption. */
export const ORDER_WORDS = { asc: 'ascending', desc: 'descending' } as const

/**
 * A header's content: a button for columns the API sorts by (first click descending, then
 * ascending, never unsorted: the server's order is the only order), plain text for the others,
 * so they look as unsortable as they are.
 */
export function HeaderContent({ header, sort }: { header: SessionHeader; sort: TableSort }) {
  const meta = header.column.columnDef.meta!
  const alignEnd = meta.align === 'end'
  const sorted = sortedBy(header, sort)
  if (sorted === undefined) {
    return <span className={`block ${alignEnd ? 'text-right' : ''}`}>{meta.label}</span>
  }
  const next = sorted === 'desc' ? 'asc' : 'desc'
  const Icon =
    sorted === 'asc' ? ChevronUpIcon : sorted === 'desc' ? ChevronDownIcon : ChevronsUpDownIcon
  return (
    <button
      type="button"
      onClick={() => sort.onSort(meta.sortField!, next)}
      title={`Sort by ${meta.label.toLowerCase()}, ${ORDER_WORDS[next]}`}
      // Styled in src/styles/page.css, icon included.
      className={['sort-button', alignEnd && 'end', sorted && 'sorted'].filter(Boolean).join(' ')}
    >
      {meta.label}
      <Icon className="size-3.5" />
    </button>
  )
}
