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
      className={`group/sort -mx-1.5 inline-flex items-center gap-1 rounded px-1.5 py-0.5 font-semibold uppercase hover:bg-slate-200/60 hover:text-slate-900 dark:hover:bg-slate-700/60 dark:hover:text-white ${
        alignEnd ? 'ml-auto flex-row-reverse' : ''
      } ${sorted ? 'text-slate-900 dark:text-white' : ''}`}
    >
      {meta.label}
      <Icon
        className={`size-3.5 ${sorted ? 'text-indigo-600 dark:text-indigo-400' : 'text-slate-400 group-hover/sort:text-slate-600 dark:group-hover/sort:text-slate-300'}`}
      />
    </button>
  )
}
