import { DASH } from '../lib/format.ts'
import { Badge, type BadgeTone } from './badge.tsx'

/**
 * Status is an open set on the API; the ones we know get a colour, any other is shown as it
 * came, on a neutral badge, so a new status is never hidden or mislabelled.
 */
const KNOWN: Record<string, { tone: BadgeTone; dot: string }> = {
  completed: { tone: 'green', dot: 'bg-emerald-500' },
  failed: { tone: 'red', dot: 'bg-red-500' },
  running: { tone: 'blue', dot: 'bg-sky-500 animate-pulse' },
  terminated: { tone: 'amber', dot: 'bg-amber-500' },
}

export function StatusBadge({ status }: { status: string | null }) {
  if (status === null || status.trim() === '') {
    return <span className="text-slate-500 dark:text-slate-400">{DASH}</span>
  }
  const known = KNOWN[status.toLowerCase()]
  return (
    <Badge tone={known?.tone ?? 'neutral'}>
      <span
        aria-hidden="true"
        className={`size-1.5 rounded-full ${known?.dot ?? 'bg-slate-400'}`}
      />
      {status}
    </Badge>
  )
}
