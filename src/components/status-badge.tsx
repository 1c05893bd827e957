import { DASH } from '../lib/format.ts'
import { Badge, type BadgeTone } from './badge.tsx'

/**
 * Status is an open set on the API; the ones we know get a colour, any other is shown as it
 * came, on a neutral badge, so a new status is never hidden or mislabelled.
 */
// The dot is the badge's ::before: one element per badge, and a table shows a badge per row.
const KNOWN: Record<string, { tone: BadgeTone; dot: string }> = {
  completed: { tone: 'green', dot: 'before:bg-emerald-500' },
  failed: { tone: 'red', dot: 'before:bg-red-500' },
  running: { tone: 'blue', dot: 'before:bg-sky-500 before:animate-pulse' },
  terminated: { tone: 'amber', dot: 'before:bg-amber-500' },
}
/** The statuses that have a tone of their own, lower case. */
export const KNOWN_STATUSES: ReadonlySet<string> = new Set(Object.keys(KNOWN))
const DOT = "before:size-1.5 before:shrink-0 before:rounded-full before:content-['']"

export function StatusBadge({ status }: { status: string | null }) {
  if (status === null || status.trim() === '') {
    return <span className="text-slate-500 dark:text-slate-400">{DASH}</span>
  }
  const known = KNOWN[status.toLowerCase()]
  return (
    <Badge
      tone={known?.tone ?? 'neutral'}
      className={`${DOT} ${known?.dot ?? 'before:bg-slate-400'}`}
    >
      {status}
    </Badge>
  )
}
