import { formatBytes, formatCount, formatCredits, formatDuration } from '../../../lib/format.ts'
import type { CreditsTotals } from './aggregate.ts'
import { Stat } from './stat.tsx'

/** The headline figures of everything the filters match. */
export function TotalsFigures({ totals }: { totals: CreditsTotals }) {
  if (totals.sessions === 0) {
    return (
      <p className="text-sm text-slate-600 dark:text-slate-300">No sessions match the filters.</p>
    )
  }
  return (
    <dl className="grid grid-cols-2 gap-x-6 gap-y-3 @xl:grid-cols-3 @4xl:grid-cols-6">
      <Stat
        label="Total credits"
        value={formatCredits(totals.credits)}
        hint={
          totals.unknownCredits
            ? `${formatCount(totals.unknownCredits)} sessions without readable credits left out`
            : undefined
        }
      />
      <Stat label="Sessions" value={formatCount(totals.sessions)} />
      <Stat
        label="Average per session"
        value={formatCredits(totals.averageCredits)}
        hint={`over ${formatCount(totals.creditedSessions)} finished`}
      />
      <Stat
        label="Running"
        value={formatCount(totals.running)}
        hint={totals.running ? 'credits not final, not in the total' : undefined}
      />
      <Stat label="Total duration" value={formatDuration(totals.durationSeconds)} />
      <Stat label="Proxy data" value={formatBytes(totals.proxyBytes)} />
    </dl>
  )
}
