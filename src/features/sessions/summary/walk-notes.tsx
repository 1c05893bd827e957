import { useTimeZone } from '../../../lib/clock.tsx'
import { formatShortDateTime } from '../../../lib/date-time.ts'
import { formatCount } from '../../../lib/format.ts'
import type { WalkResult } from '../api/walk-pages.ts'
import type { PartialTotals } from './totals-query.ts'
import { warning } from './totals-strip-classes.ts'

/**
 * Finished totals are a snapshot: frozen at the instants the walk read (a relative range says
 * its absolute bounds here), with the figures that are still moving named.
 */
export function FrozenNote({ walk, running }: { walk: WalkResult; running: number }) {
  const zone = useTimeZone()
  const at = (iso: string) => formatShortDateTime(iso, zone, Date.parse(walk.createdTo))
  const created = walk.createdFrom
    ? `created ${at(walk.createdFrom)} – ${at(walk.createdTo)}`
    : `created up to ${at(walk.createdTo)}`
  return (
    <p className="text-xs text-slate-600 dark:text-slate-300">
      Frozen as of {at(walk.asOf ?? walk.createdTo)} · {created}
      {running ? ` · still moving: ${formatCount(running)} running, credits not final` : ''} ·
      Recompute to update
    </p>
  )
}

/** What the person should know about finished totals that the figures cannot say. */
export function DoneNotes({ walk }: { walk: WalkResult }) {
  return (
    <>
      {walk.drift ? (
        <p role="status" className={warning}>
          The number of matching sessions changed during the walk (from{' '}
          {formatCount(walk.drift.firstTotal)} to {formatCount(walk.drift.changedTotal)}), so these
          totals may be off. Recompute to try again.
        </p>
      ) : null}
      {walk.skipped ? (
        <p role="status" className={warning}>
          {formatCount(walk.skipped)}{' '}
          {walk.skipped === 1
            ? 'session without an id is not in these totals'
            : 'sessions without an id are not in these totals'}
          : the API sent {walk.skipped === 1 ? 'it' : 'them'} incomplete.
        </p>
      ) : null}
    </>
  )
}

/** A walk the person cancelled (its Cancel button is the walk's own): what it had added up. */
export function CancelledNote({ partial }: { partial: PartialTotals | null }) {
  return (
    <p role="status" className={warning}>
      {partial
        ? `Cancelled: partial totals of ${formatCount(partial.totals.sessions)} of ${formatCount(partial.matching)} sessions (${formatCount(partial.pagesDone)} of ${formatCount(partial.totalPages)} pages).`
        : 'Cancelled: nothing was totalled.'}
    </p>
  )
}
