import { formatCount, formatCredits } from '../../../lib/format.ts'
import { bucketLabel } from './chart-scale.ts'
import type { CreditsOverTime } from './time-buckets.ts'

/** The chart's figures as a table, for reading exact values and for screen readers. */
export function ChartTable({
  id,
  data,
  caption,
}: {
  id: string
  data: CreditsOverTime
  caption: string
}) {
  return (
    // Scrolls on its own, so it takes focus: a keyboard user can scroll it with the arrow keys.
    <div
      id={id}
      role="region"
      aria-label={`${caption}, as a table`}
      tabIndex={0}
      className="mt-3 max-h-64 overflow-auto rounded-md ring-1 ring-slate-200 dark:ring-slate-700"
    >
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-slate-50 text-xs text-slate-500 dark:bg-slate-800 dark:text-slate-400">
          <tr>
            <th scope="col" className="px-3 py-1.5 text-left font-medium">
              Period
            </th>
            <th scope="col" className="px-3 py-1.5 text-right font-medium">
              Credits
            </th>
            <th scope="col" className="px-3 py-1.5 text-right font-medium">
              Sessions
            </th>
            <th scope="col" className="px-3 py-1.5 text-right font-medium">
              Running
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {data.buckets.map((bucket) => (
            <tr key={bucket.start}>
              <th scope="row" className="px-3 py-1 text-left font-normal">
                {bucketLabel(bucket.start, data.unit, data.zone)}
              </th>
              <td className="px-3 py-1 text-right tabular-nums">{formatCredits(bucket.credits)}</td>
              <td className="px-3 py-1 text-right tabular-nums">{formatCount(bucket.sessions)}</td>
              <td className="px-3 py-1 text-right tabular-nums">{formatCount(bucket.running)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
