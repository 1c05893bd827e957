import { lazy, Suspense, useId, useState } from 'react'
import type { SessionsSearch } from '../search-params.ts'
import { Breakdowns } from './breakdowns.tsx'
import type { FilterTotals } from './totals-query.ts'

// The chart is the heaviest part of the summary and only needed once totals exist.
const CreditsOverTimeChart = lazy(() => import('./credits-over-time-chart.tsx'))

/** Open by default where there is room; on a phone the table matters more, so it starts closed. */
const startsOpen = () =>
  typeof window === 'undefined' || !window.matchMedia
    ? true
    : window.matchMedia('(min-width: 640px)').matches

/** The chart and the breakdowns, behind a disclosure so they can be put away. */
export function TotalsDetails({ data, search }: { data: FilterTotals; search: SessionsSearch }) {
  const [open, setOpen] = useState(startsOpen)
  const panelId = useId()
  return (
    <div>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className="inline-flex items-center gap-1 rounded text-sm font-medium text-indigo-700 hover:underline dark:text-indigo-300"
      >
        <span
          aria-hidden="true"
          className={`inline-block transition-transform ${open ? 'rotate-90' : ''}`}
        >
          ▸
        </span>
        {open ? 'Hide chart and breakdown' : 'Show chart and breakdown'}
      </button>
      {open ? (
        <div
          id={panelId}
          className="mt-3 grid gap-x-8 gap-y-6 @4xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]"
        >
          <Suspense
            fallback={
              <div className="h-48 animate-pulse rounded-md bg-slate-100 dark:bg-slate-800" />
            }
          >
            <CreditsOverTimeChart walk={data.walk} search={search} />
          </Suspense>
          <Breakdowns totals={data.totals} />
        </div>
      ) : null}
    </div>
  )
}
