import { useQuery } from '@tanstack/react-query'
import { lazyWithPreload } from '../../../lib/lazy-with-preload.tsx'
import { useTimeZone } from '../../../lib/clock.tsx'
import type { SessionsSearch } from '../search-params.ts'
import { Breakdowns } from './breakdowns.tsx'
import { CREDITS_DETAILS_ID } from './credits-details-id.ts'
import { filterTotalsQuery } from './totals-query.ts'

// The chart is the heaviest part of the summary and only needed once it is opened.
const { Component: CreditsOverTimeChart } = lazyWithPreload(
  () => import('./credits-over-time-chart.tsx'),
  <div className="h-48 animate-pulse rounded-md bg-slate-100 dark:bg-slate-800" />,
)

/**
 * The chart and the breakdowns of everything the filters match, below the table, while open
 * (see CreditsDetails). It reads the totals the strip above the
 * table walked for (the same cache entry; it never starts a walk of its own).
 */
export default function CreditsDetails({ search }: { search: SessionsSearch }) {
  const timeZone = useTimeZone()
  const { data } = useQuery({ ...filterTotalsQuery(search, timeZone), enabled: false })
  return (
    <section
      id={CREDITS_DETAILS_ID}
      aria-label="Chart and breakdowns"
      className="@container scroll-mt-20 rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:p-5 dark:border-slate-800 dark:bg-slate-900"
    >
      {data === undefined ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          The chart and the breakdowns appear here once the totals above the table are computed.
        </p>
      ) : data.totals.sessions === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">No sessions match the filters.</p>
      ) : (
        <div className="grid gap-x-8 gap-y-6 @4xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <CreditsOverTimeChart walk={data.walk} search={search} />
          <Breakdowns totals={data.totals} />
        </div>
      )}
    </section>
  )
}
