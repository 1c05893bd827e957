import { Activity, memo, useId, useState } from 'react'
import { useTimeZone } from '../../../lib/clock.tsx'
import { formatDateTime } from '../../../lib/date-time.ts'
import { formatCount } from '../../../lib/format.ts'
import { useHeldHeight } from '../../../lib/use-held-height.ts'
import { ExportButtons } from '../export/export-buttons.tsx'
import { filtersKey, type SessionsSearch } from '../search-params.ts'
import type { FilterTotals as Totals } from './totals-query.ts'
import { TotalsDetails } from './totals-details.tsx'
import { TotalsFigures } from './totals-figures.tsx'
import { useFilterTotals } from './use-filter-totals.ts'
import { walkRequestCount } from '../api/walk-pages.ts'
import { WalkStatus } from './walk-status.tsx'

const primaryButton =
  'rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-indigo-500 dark:bg-indigo-500 dark:hover:bg-indigo-400'
const quietButton =
  'rounded-md px-2 py-1 text-sm font-medium text-indigo-700 hover:bg-indigo-50 dark:text-indigo-300 dark:hover:bg-indigo-500/10'

interface FilterTotalsProps {
  search: SessionsSearch
  matchingTotal: number | null
  /** Rows on the list's page for these filters. */
  pageRows: number
  /** The list's page for these filters is still loading, so how many they match is unknown. */
  isCounting: boolean
}

const sameTotals = (a: FilterTotalsProps, b: FilterTotalsProps) =>
  a.matchingTotal === b.matchingTotal &&
  a.pageRows === b.pageRows &&
  a.isCounting === b.isCounting &&
  filtersKey(a.search) === filtersKey(b.search)

/**
 * Totals of everything the filters match, walked page by page. `matchingTotal` is what the
 * list's own page says the filters match, or null while that is unknown.
 * Memoized on the filters: a page change or a sort leaves the totals as they are.
 */
export const FilterTotals = memo(function FilterTotals({
  search,
  matchingTotal,
  pageRows,
  isCounting,
}: FilterTotalsProps) {
  const headingId = useId()
  const totals = useFilterTotals(search, matchingTotal, pageRows)
  const { data, isWalking } = totals
  const result = data?.walk
  // While the totals of new filters are on their way, the area keeps the height of the last
  // ones, so the table below does not jump up and back down with every filter change.
  const pending = !data && !totals.error && !totals.wasCancelled && (isWalking || isCounting)
  const heldArea = useHeldHeight<HTMLDivElement>(pending)
  const timeZone = useTimeZone()
  const shown = useLastShown(data, search)

  return (
    <section aria-labelledby={headingId} aria-busy={isWalking}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-2">
        <h3 id={headingId} className="text-sm font-semibold text-slate-700 dark:text-slate-200">
          Everything the filters match
          {result?.asOf ? (
            <span className="ml-2 font-normal text-slate-500 dark:text-slate-400">
              as of {formatDateTime(result.asOf, timeZone)}
            </span>
          ) : null}
        </h3>
        {data && !isWalking ? (
          <div className="flex flex-wrap items-center gap-2">
            {/* Nothing to export from an empty result. */}
            {data.walk.sessions.length ? <ExportButtons walk={data.walk} search={search} /> : null}
            <button type="button" className={quietButton} onClick={totals.start}>
              Recompute
            </button>
          </div>
        ) : null}
      </div>

      <div ref={heldArea} className="mt-2 space-y-4">
        {isWalking ? (
          <WalkStatus
            progress={totals.progress}
            expectedSessions={matchingTotal}
            onCancel={totals.cancel}
          />
        ) : null}

        {!isWalking && totals.error ? (
          <div role="alert" className="flex flex-wrap items-center gap-3 text-sm">
            <p className="text-red-800 dark:text-red-200">
              The totals could not be computed: {totals.error.message}
            </p>
            <button type="button" className={primaryButton} onClick={totals.start}>
              Try again
            </button>
          </div>
        ) : null}

        {!isWalking && !data && !totals.error && isCounting && !totals.wasCancelled ? (
          <p className="text-sm text-slate-500 dark:text-slate-400">
            Counting the matching sessions…
          </p>
        ) : null}

        {!isWalking && !data && !totals.error && (!isCounting || totals.wasCancelled) ? (
          <StartPrompt
            matchingTotal={matchingTotal}
            cancelled={totals.wasCancelled}
            onStart={totals.start}
          />
        ) : null}

        {shown ? (
          // The last totals shown stay, hidden, while those of new filters are on their way:
          // the new ones then update them in place instead of building them again, and what
          // the person chose in them (the chart shown or put away, the breakdown picked) stays.
          <Activity mode={data ? 'visible' : 'hidden'}>
            <TotalsContent data={shown.data} search={shown.search} isWalking={isWalking} />
          </Activity>
        ) : null}
      </div>
    </section>
  )
}, sameTotals)

function StartPrompt({
  matchingTotal,
  cancelled,
  onStart,
}: {
  matchingTotal: number | null
  cancelled: boolean
  onStart: () => void
}) {
  const label =
    matchingTotal === null
      ? 'Compute totals'
      : `Compute totals for ${formatCount(matchingTotal)} sessions (${formatCount(walkRequestCount(matchingTotal))} requests)`
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm text-slate-600 dark:text-slate-300">
      <button type="button" className={primaryButton} onClick={onStart}>
        {label}
      </button>
      <p>
        {cancelled
          ? 'Cancelled: nothing was totalled.'
          : 'The API gives pages, not totals: this reads every page of the result.'}
      </p>
    </div>
  )
}

/** The totals last on screen and the search they belong to, until newer ones come. */
function useLastShown(data: Totals | undefined, search: SessionsSearch) {
  const [shown, setShown] = useState(data ? { data, search } : null)
  if (data && data !== shown?.data) {
    // Adjusted during render (no extra commit): these totals are now the ones shown.
    setShown({ data, search })
    return { data, search }
  }
  return shown
}

function TotalsContent({
  data,
  search,
  isWalking,
}: {
  data: Totals
  search: SessionsSearch
  isWalking: boolean
}) {
  const result = data.walk
  return (
    <div className={`space-y-5 ${isWalking ? 'opacity-50' : ''}`}>
      {result.drift ? (
        <p role="status" className="text-sm text-amber-800 dark:text-amber-200">
          The number of matching sessions changed during the walk (from{' '}
          {formatCount(result.drift.firstTotal)} to {formatCount(result.drift.changedTotal)}), so
          these totals may be off. Recompute to try again.
        </p>
      ) : null}
      {result.skipped ? (
        <p role="status" className="text-sm text-amber-800 dark:text-amber-200">
          {formatCount(result.skipped)}{' '}
          {result.skipped === 1
            ? 'session without an id is not in these totals'
            : 'sessions without an id are not in these totals'}
          : the API sent {result.skipped === 1 ? 'it' : 'them'} incomplete.
        </p>
      ) : null}
      <TotalsFigures totals={data.totals} />
      {data.totals.sessions > 0 ? <TotalsDetails data={data} search={search} /> : null}
    </div>
  )
}
