import type { Header } from '@tanstack/react-table'
import { ChevronDownIcon, ChevronsUpDownIcon, ChevronUpIcon } from '../../../components/icons.tsx'
import type { Session } from '../api/session-model.ts'
import type { sessionTableFeatures } from './columns.tsx'

type SessionHeader = Header<typeof sessionTableFeatures, Session, unknown>

/** `aria-sort` for a header cell; absent on columns the server cannot sort by. */
export function ariaSortOf(header: SessionHeader): 'ascending' | 'descending' | 'none' | undefined {
  if (!header.column.getCanSort()) return undefined
  const sorted = header.column.getIsSorted()
  if (sorted === 'asc') return 'ascending'
  if (sorted === 'desc') return 'descending'
  return 'none'
}

/**
 * A header's content: a button for columns the API sorts by (first click descending, then
 * ascending), plain text for the others, so they look as unsortable as they are.
 */
export function HeaderContent({ header }: { header: SessionHeader }) {
  const meta = header.column.columnDef.meta!
  const alignEnd = meta.align === 'end'
  if (!header.column.getCanSort()) {
    return <span className={`block ${alignEnd ? 'text-right' : ''}`}>{meta.label}</span>
  }
  const sorted = header.column.getIsSorted()
  const next = header.column.getNextSortingOrder() === 'asc' ? 'ascending' : 'descending'
  const Icon =
    sorted === 'asc' ? ChevronUpIcon : sorted === 'desc' ? ChevronDownIcon : ChevronsUpDownIcon
  return (
    <button
      type="button"
      onClick={header.column.getToggleSortingHandler()}
      title={`Sort by ${meta.label.toLowerCase()}, ${next}`}
      // Styled in src/styles/page.css, icon included.
      className={['sort-button', alignEnd && 'end', sorted && 'sorted'].filter(Boolean).join(' ')}
    >
      {meta.label}
      <Icon className="size-3.5" />
    </button>
  )
}
