import { useEffect, useState, useSyncExternalStore } from 'react'
import { Button } from '../../../components/button.tsx'
import { isApiError } from '../../../lib/http-error.ts'
import type { LiveStatus } from './live-scheduler.ts'
import type { LiveList } from './use-live-list.ts'

/** "just now", "12 s ago", "3 min ago": a live view's freshness, to the second while recent. */
function since(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000))
  if (seconds < 2) return 'just now'
  if (seconds < 60) return `${seconds} s ago`
  return `${Math.floor(seconds / 60)} min ago`
}

/** Re-renders every second while shown: the indicator's ages count up. */
function useSecondTicks(): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  return now
}

function describe(status: LiveStatus, now: number): { label: string; tone: 'on' | 'off' | 'warn' } {
  const updated =
    status.lastRefreshAt === null ? '' : ` · updated ${since(now - status.lastRefreshAt)}`
  if (status.paused) return { label: `Paused${updated}`, tone: 'off' }
  if (status.hidden) return { label: `Paused while the tab is hidden${updated}`, tone: 'off' }
  if (status.failures > 0) {
    const limited = isApiError(status.lastError) && status.lastError.kind === 'rate-limited'
    const retry =
      status.nextAt === null
        ? ''
        : `, next try in ${since(status.nextAt - now).replace(' ago', '')}`
    return {
      label: `${limited ? 'Rate limited' : 'Update failed'}${retry}${updated}`,
      tone: 'warn',
    }
  }
  return { label: status.refreshing ? 'Live · updating…' : `Live${updated}`, tone: 'on' }
}

const DOT = {
  on: 'bg-emerald-500 animate-pulse motion-reduce:animate-none',
  off: 'bg-slate-400',
  warn: 'bg-amber-500',
}

/**
 * Says whether the list refreshes itself and when it last did, and lets the person pause it.
 * Nothing shows where nothing on the page could change (a closed range, no running session).
 */
export function LiveIndicator({ live }: { live: LiveList }) {
  const now = useSecondTicks()
  const { scheduler } = live
  const status = useSyncExternalStore(scheduler.subscribe, scheduler.status, scheduler.status)
  if (!status.wanted) return null
  const { label, tone } = describe(status, now)
  return (
    <div className="flex min-w-0 items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
      <span
        title={status.failures > 0 ? String((status.lastError as Error)?.message ?? '') : undefined}
        className="flex min-w-0 items-center gap-1.5"
      >
        <span aria-hidden className={`size-2 shrink-0 rounded-full ${DOT[tone]}`} />
        <span className="whitespace-nowrap tabular-nums">{label}</span>
      </span>
      <Button size="sm" variant="ghost" onClick={() => scheduler.setPaused(!status.paused)}>
        {status.paused ? 'Resume' : 'Pause'}
      </Button>
    </div>
  )
}

/** The sessions that arrived while the person read, waiting above the rows until asked for. */
export function NewSessionsPill({ live, onShow }: { live: LiveList; onShow: () => void }) {
  if (live.newCount === 0) return null
  return (
    <Button
      size="sm"
      variant="primary"
      className="rounded-full"
      onClick={() => {
        live.showNew()
        onShow()
      }}
    >
      ↑ {live.newCount} new
    </Button>
  )
}
