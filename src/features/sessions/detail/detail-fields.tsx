import type { ReactNode } from 'react'
import { formatCount } from '../../../lib/format.ts'
import { BooleanCell, FilterLink, Missing, TextCell } from '../shared/values.tsx'
import { listHref } from '../shared/drill.ts'
import { DEFAULT_SEARCH } from '../search-params.ts'
import { Card } from './card.tsx'
import type { SessionView } from './session-view.ts'

/** Links from a session open the whole list filtered by that one value. */
const filtered = (change: Parameters<typeof listHref>[1]) => listHref(DEFAULT_SEARCH, change)

/** Every other field of the session, as a definition list; links lead to filtered lists. */
export function DetailFields({ session }: { session: SessionView }) {
  const rows: [string, ReactNode][] = [
    [
      'API key',
      // Text, not a link: the API cannot filter by key (see the table's API key column).
      session.apiKeyName === null ? <Missing /> : session.apiKeyName,
    ],
    [
      'Batch',
      session.batchId === null ? (
        <Missing />
      ) : (
        <FilterLink
          to={filtered({ batch_id: session.batchId })}
          title={`Sessions of batch ${session.batchId}`}
          mono
        >
          {session.batchId}
        </FilterLink>
      ),
    ],
    [
      'Profile',
      session.profileName === null ? (
        <Missing />
      ) : (
        <FilterLink
          to={filtered({ profile_name: session.profileName })}
          title={`Sessions of profile ${session.profileName}`}
        >
          {session.profileName}
        </FilterLink>
      ),
    ],
    ['Team', <TextCell key="team" text={session.teamId} mono />],
    ['Browser IP', <TextCell key="ip" text={session.browserIp} mono />],
    ['Headless', <BooleanCell key="headless" value={session.headless} />],
    ['Recording', <BooleanCell key="recording" value={session.recording} />],
    ['Proxy on', <BooleanCell key="proxy" value={session.proxyActive} />],
    ['Proxy type', <TextCell key="proxyType" text={session.proxyType} mono />],
    ['Extra stealth', <BooleanCell key="stealth" value={session.extraStealth} />],
    ['Playground', <BooleanCell key="playground" value={session.playground} />],
    ['Task initiated', <BooleanCell key="task" value={session.taskInitiated} />],
    ['Task executions', <TextCell key="exec" text={formatCount(session.taskExecutionsCount)} />],
  ]
  return (
    <Card title="Details">
      <dl className="grid gap-x-8 sm:grid-cols-2">
        {rows.map(([label, value]) => (
          <div
            key={label}
            className="flex items-center justify-between gap-4 border-b border-slate-100 py-2 text-sm dark:border-slate-800"
          >
            <dt className="text-slate-500 dark:text-slate-400">{label}</dt>
            <dd className="min-w-0 truncate text-right text-slate-900 tabular-nums dark:text-slate-100">
              {value}
            </dd>
          </div>
        ))}
      </dl>
    </Card>
  )
}
