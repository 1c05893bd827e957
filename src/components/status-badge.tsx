import { DASH } from '../lib/format.ts'

/**
 * Status is an open set on the API; the ones we know get a colour, any other is shown as it
 * came, on a neutral badge, so a new status is never hidden or mislabelled. The badge is the
 * `status` rule (index.css): a dot and the word, toned by `data-s`, the same in the table's
 * cells as here, and no class string of its own in the first visit's code.
 */
export const KNOWN_STATUSES: ReadonlySet<string> = new Set([
  'completed',
  'failed',
  'running',
  'terminated',
])

export function StatusBadge({ status }: { status: string | null }) {
  if (status === null || status.trim() === '') {
    return <span className="text-slate-500 dark:text-slate-400">{DASH}</span>
  }
  const known = status.toLowerCase()
  return (
    <span className="status" data-s={KNOWN_STATUSES.has(known) ? known : undefined}>
      {status}
    </span>
  )
}
