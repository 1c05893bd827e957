import { DASH, formatCount, formatCredits } from '../../../lib/format.ts'
import type { CreditsTotals } from './aggregate.ts'
import { Stat } from './stat.tsx'

/**
 * The figures people scan for, of everything the filters match: how many sessions, what they
 * cost, the average and how many still run. Before the totals are in, the count is the list's
 * own and the rest wait as dashes; the strip keeps its size either way, so the rows never move.
 */
export function TotalsFigures({
  totals,
  matchingTotal,
  dimmed,
}: {
  totals: CreditsTotals | null
  /** What the list's page says the filters match, or null while it loads. */
  matchingTotal: number | null
  dimmed: boolean
}) {
  const sessions = totals?.sessions ?? matchingTotal
  return (
    // Laid out, and dimmed, in src/styles/page.css.
    <dl className={dimmed ? 'dimmed' : undefined}>
      <Stat label="Sessions" value={sessions === null ? DASH : formatCount(sessions)} />
      <Stat
        label="Total credits"
        value={totals ? formatCredits(totals.credits) : DASH}
        hint={
          totals?.unknownCredits
            ? `${formatCount(totals.unknownCredits)} sessions without readable credits left out`
            : undefined
        }
      />
      <Stat
        label="Average per session"
        value={totals ? formatCredits(totals.averageCredits) : DASH}
        hint={totals ? `over ${formatCount(totals.creditedSessions)} finished` : undefined}
      />
      <Stat
        label="Running"
        value={totals ? formatCount(totals.running) : DASH}
        hint={totals?.running ? 'credits not final, not in the total' : undefined}
      />
    </dl>
  )
}
