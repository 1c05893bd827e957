import type { ReactNode } from 'react'
import { StatusBadge } from '../../../components/status-badge.tsx'
import {
  formatAge,
  formatBytes,
  formatCount,
  formatDuration,
  formatUtc,
} from '../../../lib/format.ts'
import { useNow, useTimeZone } from '../../../lib/clock.tsx'
import { formatDateTime } from '../../../lib/date-time.ts'
import { CreditsCell, Missing, TextCell } from '../shared/values.tsx'
import { CopyButton } from './copy-button.tsx'
import type { SessionView } from './session-view.ts'

/** The session's name, status and age, and the four numbers people look for first. */
export function DetailHeader({ session }: { session: SessionView }) {
  const timeZone = useTimeZone()
  const now = useNow()
  return (
    <header className="space-y-5">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <h1 className="min-w-0 font-mono text-lg font-semibold break-all text-slate-900 sm:text-xl dark:text-white">
          {session.id}
        </h1>
        <CopyButton text={session.id} label="Copy session id" iconOnly />
        <StatusBadge status={session.status} />
      </div>
      <p className="-mt-3 text-sm text-slate-600 dark:text-slate-400">
        {session.createdAt ? (
          <>
            Created{' '}
            <time dateTime={session.createdAt} title={formatUtc(session.createdAt)}>
              {formatDateTime(session.createdAt, timeZone)}
            </time>{' '}
            · {formatAge(session.createdAt, now)} ·{' '}
            <span className="tabular-nums">{formatUtc(session.createdAt)}</span>
          </>
        ) : (
          <>
            Created <Missing />
          </>
        )}
      </p>
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat label="Credits">
          <CreditsCell credits={session.credits} />
        </Stat>
        <Stat label="Duration">
          <TextCell text={formatDuration(session.durationSeconds)} />
        </Stat>
        <Stat label="Steps">
          <TextCell text={formatCount(session.steps)} />
        </Stat>
        <Stat label="Proxy data">
          <TextCell text={formatBytes(session.proxyBytes)} />
        </Stat>
      </dl>
    </header>
  )
}

function Stat({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-xs dark:border-slate-800 dark:bg-slate-900">
      <dt className="text-xs font-medium text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className="mt-1 text-xl font-semibold text-slate-900 tabular-nums dark:text-white">
        {children}
      </dd>
    </div>
  )
}
