import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { useNow, useTimeZone } from '../../lib/clock.tsx'
import { formatDateTime } from '../../lib/date-time.ts'
import { DASH, formatCount, formatCredits } from '../../lib/format.ts'
import { billingQuery } from './billing-query.ts'
import { historyQuery } from './history-query.ts'
import { historyRange } from './history-range.ts'
import { UsageSparkline } from './usage-sparkline.tsx'

/**
 * The account's own usage and billing. These endpoints take none of the list's filters (only
 * its created range), so the card says plainly that it is about the whole account.
 */
export function AccountUsage({
  createdFrom,
  createdTo,
}: {
  createdFrom: string | null
  createdTo: string | null
}) {
  const headingId = useId()
  const timeZone = useTimeZone()
  // Fixed while the card is shown, so "now" does not make a new query on every tick.
  const clockNow = useNow()
  const [now] = useState(() => Math.floor(clockNow / 60_000) * 60_000)
  const range = historyRange(createdFrom, createdTo, now)
  const history = useQuery(historyQuery(range))
  const billing = useQuery(billingQuery)

  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-wrap items-center gap-x-6 gap-y-3 rounded-lg bg-slate-50 px-3 py-2.5 ring-1 ring-slate-200 dark:bg-slate-800/50 dark:ring-slate-700"
    >
      <div className="min-w-40">
        <h3 id={headingId} className="flex items-center gap-2 text-sm font-semibold">
          Whole account
          <span className="rounded bg-slate-200 px-1.5 py-0.5 text-[11px] font-medium text-slate-600 dark:bg-slate-700 dark:text-slate-300">
            filters don’t apply
          </span>
        </h3>
        <p
          className="mt-0.5 text-xs text-slate-500 dark:text-slate-400"
          title={`${formatDateTime(range.from, timeZone)} – ${formatDateTime(range.to, timeZone)}`}
        >
          {range.isDefault
            ? 'Last 30 days'
            : `${shortDate(range.from, timeZone)} – ${shortDate(range.to, timeZone)}`}
          , by {range.granularity}
        </p>
      </div>

      {history.error ? (
        <p role="alert" className="text-xs text-red-700 dark:text-red-300">
          Usage history could not be loaded: {history.error.message}
        </p>
      ) : (
        <div className="flex items-center gap-4">
          <dl className="flex gap-4" aria-busy={history.isPending}>
            <UsageFigure
              label="Credits used"
              value={formatCredits(history.data?.totalCredits ?? null)}
            />
            <UsageFigure
              label="Sessions"
              value={formatCount(history.data?.totalSessions ?? null)}
            />
          </dl>
          <div className="w-28 sm:w-36">
            <UsageSparkline points={history.data?.points ?? []} />
          </div>
        </div>
      )}

      {billing.error ? (
        <p role="alert" className="text-xs text-red-700 dark:text-red-300">
          Billing could not be loaded: {billing.error.message}
        </p>
      ) : (
        <dl className="flex flex-wrap gap-x-4 gap-y-2" aria-busy={billing.isPending}>
          <UsageFigure
            label="Credit balance"
            value={formatCredits(billing.data?.balance ?? null)}
          />
          <UsageFigure
            label="Included credits"
            value={formatCredits(billing.data?.includedCredits ?? null)}
          />
          <UsageFigure
            label="Used this period"
            value={formatCredits(billing.data?.creditsUsed ?? null)}
          />
          <UsageFigure label="Billing period" value={billing.data?.period ?? DASH} />
          <UsageFigure label="Tier" value={billing.data?.tier ?? DASH} />
        </dl>
      )}
    </section>
  )
}

const shortDate = (iso: string, timeZone: string) =>
  new Date(iso).toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone })

function UsageFigure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-[11px] text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className="text-sm font-semibold whitespace-nowrap tabular-nums">{value}</dd>
    </div>
  )
}
