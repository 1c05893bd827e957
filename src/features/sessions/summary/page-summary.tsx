import { useId } from 'react'
import { useDelayedFlag } from '../../../lib/use-delayed-flag.ts'
import { formatBytes, formatCount, formatCredits, formatDuration } from '../../../lib/format.ts'
import type { SessionsPage } from '../api/sessions-page.ts'
import { aggregateSessions } from './aggregate.ts'

/**
 * What the sessions on screen cost, computed at once from the page the table shows. Laid out
 * in columns of one width, so its height depends on the screen, not on the figures: a new page
 * with longer numbers or running sessions never moves the table below.
 */
export function PageSummary({
  page,
  isStale,
}: {
  page: SessionsPage | undefined
  isStale: boolean
}) {
  const headingId = useId()
  const dimmed = useDelayedFlag(isStale)
  const totals = page ? aggregateSessions(page.sessions) : null
  const figures: Array<[label: string, value: string]> = [
    ['Sessions shown', formatCount(totals?.sessions ?? null)],
    // Running sessions have no final credits yet; the sums and the average leave them out.
    ['Credits used, finished', formatCredits(totals?.credits ?? null)],
    ['Average per finished', formatCredits(totals?.averageCredits ?? null)],
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
        className={`grid w-full grid-cols-2 gap-x-4 gap-y-2 sm:gap-y-1 sm:grid-cols-[repeat(auto-fill,minmax(12rem,1fr))] ${dimmed ? 'opacity-60' : ''}`}
      >
        {figures.map(([label, value]) => (
          <div
            key={label}
            className="flex min-w-0 flex-col sm:flex-row sm:flex-wrap sm:items-baseline sm:gap-x-1.5"
          >
            <dt className="text-xs text-slate-500 dark:text-slate-400">{label}</dt>
            <dd className="text-sm font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
