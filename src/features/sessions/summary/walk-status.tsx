import { useEffect, useId, useState } from 'react'
import { formatCount } from '../../../lib/format.ts'
import type { WalkProgress } from '../api/walk-pages.ts'

const button =
  'rounded-md px-3 py-1.5 text-sm font-medium shadow-sm ring-1 ring-slate-300 bg-white hover:bg-slate-50 dark:bg-slate-800 dark:ring-slate-700 dark:hover:bg-slate-700'

/** The walk under way: pages done of the total, a wait the API asked for, and a way out. */
export function WalkStatus({
  progress,
  expectedSessions,
  onCancel,
}: {
  progress: WalkProgress | null
  expectedSessions: number | null
  onCancel: () => void
}) {
  const pagesDone = progress?.pagesDone ?? 0
  const totalPages = progress?.totalPages ?? null
  const waitSeconds = useSecondsUntil(progress?.pausedUntil ?? null)
  const labelId = useId()
  const label =
    totalPages === null
      ? 'Adding up the matching sessions: starting'
      : `Adding up ${formatCount(expectedSessions)} sessions: page ${formatCount(pagesDone)} of ${formatCount(totalPages)}`

  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <div className="min-w-56 flex-1">
        <p id={labelId} className="text-sm text-slate-700 dark:text-slate-200">
          {label}
        </p>
        <div
          role="progressbar"
          aria-labelledby={labelId}
          aria-valuemin={0}
          aria-valuemax={totalPages ?? undefined}
          aria-valuenow={totalPages === null ? undefined : pagesDone}
          aria-valuetext={totalPages === null ? 'Starting' : `${pagesDone} of ${totalPages} pages`}
          className="mt-1.5 h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
        >
          <div
            className={`h-full rounded-full bg-indigo-500 transition-[width] duration-200 dark:bg-indigo-400 ${totalPages === null ? 'w-1/12 animate-pulse' : ''}`}
            style={
              totalPages === null ? undefined : { width: `${(100 * pagesDone) / totalPages}%` }
            }
          />
        </div>
        {waitSeconds !== null ? (
          <p className="mt-1 text-xs text-amber-700 dark:text-amber-300">
            The Anchor API asked to slow down: resuming in {waitSeconds} s.
          </p>
        ) : null}
      </div>
      <button type="button" className={button} onClick={onCancel}>
        Cancel
      </button>
    </div>
  )
}

/** Whole seconds left until `until`, ticking, or null once it has passed. */
function useSecondsUntil(until: number | null): number | null {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (until === null) return
    // Read the clock at once (the state may date from long before this wait began), then tick.
    const first = setTimeout(() => setNow(Date.now()), 0)
    const timer = setInterval(() => setNow(Date.now()), 250)
    return () => {
      clearTimeout(first)
      clearInterval(timer)
    }
  }, [until])
  if (until === null || until <= now) return null
  return Math.ceil((until - now) / 1000)
}
