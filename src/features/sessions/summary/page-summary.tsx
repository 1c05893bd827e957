import { useId } from 'react'
import { formatBytes, formatCount, formatCredits, formatDuration } from '../../../lib/format.ts'
import type { SessionsPage } from '../api/sessions-page.ts'
import { aggregateSessions } from './aggregate.ts'

/** What the sessions on screen cost, computed at once from the page the table shows. */
export function PageSummary({
  page,
  isStale,
}: {
  page: SessionsPage | undefined
  isStale: boolean
}) {
  const headingId = useId()
  const totals = page ? aggregateSessions(page.sessions) : null
  const figures: Array<[label: string, value: string]> = [
    ['Sessions shown', formatCount(totals?.sessions ?? null)],
    ['Credits used', formatCredits(totals?.credits ?? null)],
    ['Average per session', formatCredits(totals?.averageCredits ?? null)],
    ['Most in one session', formatCredits(totals?.maxCredits ?? null)],
    ['Total duration', formatDuration(totals?.durationSeconds ?? null)],
    ['Proxy data', formatBytes(totals?.proxyBytes ?? null)],
    ['Running', formatCount(totals?.running ?? null)],
  ]
  return (
    <section
      aria-labelledby={headingId}
      aria-busy={isStale || !page}
      className="flex flex-wrap items-baseline gap-x-4 gap-y-1"
    >
      <h3 id={headingId} className="text-sm font-semibold text-slate-700 dark:text-slate-200">
        This page
      </h3>
      <dl
        className={`grid w-full grid-cols-2 gap-x-4 gap-y-1 sm:flex sm:w-auto sm:flex-wrap sm:items-baseline ${isStale ? 'opacity-60' : ''}`}
      >
        {figures.map(([label, value]) => (
          <div key={label} className="flex items-baseline gap-1.5 whitespace-nowrap">
            <dt className="text-xs text-slate-500 dark:text-slate-400">{label}</dt>
            <dd className="text-sm font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      {totals?.running ? (
        <p className="w-full text-xs text-slate-500 dark:text-slate-400">
          Running sessions’ credits are not final and are not in the sum.
        </p>
      ) : null}
    </section>
  )
}
