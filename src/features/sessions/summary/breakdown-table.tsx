import { formatCount, formatCredits } from '../../../lib/format.ts'
import type { BreakdownRow } from './aggregate.ts'

const SHOWN_ROWS = 8

/**
 * One breakdown as a small table: the groups costing the most, each with its share of the
 * largest as a bar, so the eye finds the big spender without reading every figure.
 */
export function BreakdownTable({
  title,
  rows,
  groupLabel,
  note,
}: {
  title: string
  rows: BreakdownRow[]
  /** Header of the first column, e.g. "Tag". */
  groupLabel: string
  note?: string
}) {
  const shown = rows.slice(0, SHOWN_ROWS)
  const largest = Math.max(...shown.map((row) => row.credits), 0)
  const hidden = rows.length - shown.length
  const muted = 'text-slate-500 dark:text-slate-400'
  return (
    <div className="mt-2">
      <table className="w-full table-fixed text-sm">
        <caption className="sr-only">{title}</caption>
        <thead className={`text-xs ${muted}`}>
          <tr>
            <th scope="col" className="pb-1 text-left font-medium">
              {groupLabel}
            </th>
            <th scope="col" className="w-24 pb-1 text-right font-medium">
              Credits
            </th>
            <th scope="col" className="w-32 pb-1 text-right font-medium">
              Sessions
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.length === 0 ? (
            <tr>
              <td colSpan={3} className={`py-1 ${muted}`}>
                None
              </td>
            </tr>
          ) : null}
          {shown.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="py-1 pr-3 text-left font-normal">
                <span className="block truncate" title={row.key}>
                  {row.key}
                </span>
                <span
                  aria-hidden="true"
                  className="mt-0.5 block h-1 rounded-full bg-slate-100 dark:bg-slate-800"
                >
                  <span
                    className="block h-full rounded-full bg-indigo-400 dark:bg-indigo-500"
                    style={{ width: `${largest ? (100 * row.credits) / largest : 0}%` }}
                  />
                </span>
              </th>
              <td className="py-1 text-right align-top font-medium tabular-nums">
                {row.running === row.sessions ? (
                  <span className="font-normal text-slate-500 dark:text-slate-400">not final</span>
                ) : (
                  formatCredits(row.credits)
                )}
              </td>
              <td className={`py-1 text-right align-top tabular-nums ${muted}`}>
                {formatCount(row.sessions)}
                {row.running && row.running < row.sessions ? (
                  <span className="text-xs text-amber-700 dark:text-amber-300">
                    {' '}
                    ({formatCount(row.running)} running)
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {hidden > 0 || note ? (
        <p className={`mt-1.5 text-xs ${muted}`}>
          {hidden > 0 ? `${formatCount(hidden)} more not shown. ` : ''}
          {note}
        </p>
      ) : null}
    </div>
  )
}
