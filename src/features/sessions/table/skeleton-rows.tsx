import type { Column } from '@tanstack/react-table'
import { Skeleton } from '../../../components/skeleton.tsx'
import type { Session } from '../api/session-model.ts'
import type { sessionTableFeatures } from './columns.tsx'

const WIDTHS = ['w-24', 'w-32', 'w-16', 'w-20', 'w-28', 'w-12']

/** Grey rows in the shape of the real ones, so the first load does not jump. */
export function SkeletonRows({
  columns,
  count = 10,
}: {
  columns: Column<typeof sessionTableFeatures, Session, unknown>[]
  count?: number
}) {
  return (
    <tbody>
      {Array.from({ length: count }, (_, rowIndex) => (
        <tr key={rowIndex} className="bg-white dark:bg-slate-950">
          {columns.map((column, index) => (
            <td
              key={column.id}
              className="border-b border-slate-100 px-3 py-3.5 first:pl-4 last:pr-4 dark:border-slate-800/70"
            >
              <Skeleton
                className={`h-3.5 ${WIDTHS[(index + rowIndex) % WIDTHS.length]} ${
                  column.columnDef.meta?.align === 'end' ? 'ml-auto' : ''
                }`}
              />
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  )
}
