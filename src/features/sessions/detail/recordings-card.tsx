import { useQuery } from '@tanstack/react-query'
import { Badge } from '../../../components/badge.tsx'
import { FileVideoIcon } from '../../../components/icons.tsx'
import { Skeleton } from '../../../components/skeleton.tsx'
import { useTimeZone } from '../../../lib/clock.tsx'
import { formatDateTime } from '../../../lib/date-time.ts'
import { formatBytes, formatUtc } from '../../../lib/format.ts'
import { sessionRecordingsQuery } from '../api/session-recordings.ts'
import { Card } from './card.tsx'

/**
 * The session's recordings. Their file links point at the provider's storage and are not
 * rendered as links: the dashboard builds no URL from API values.
 */
export function RecordingsCard({ id }: { id: string }) {
  const { data, error, isPending } = useQuery(sessionRecordingsQuery(id))
  const timeZone = useTimeZone()
  return (
    <Card title="Recordings">
      {isPending ? (
        <Skeleton className="h-10 w-full" />
      ) : error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          Recordings could not be loaded: {error.message}
        </p>
      ) : data.length === 0 ? (
        <p className="text-sm text-slate-500 dark:text-slate-400">
          This session has no recordings.
        </p>
      ) : (
        <ul className="divide-y divide-slate-100 dark:divide-slate-800">
          {data.map((recording) => (
            <li
              key={recording.id}
              className="flex items-center gap-3 py-2 text-sm first:pt-0 last:pb-0"
            >
              <FileVideoIcon className="size-5 shrink-0 text-slate-400" />
              <div className="min-w-0 flex-1">
                <p className="truncate font-mono text-[13px] text-slate-900 dark:text-slate-100">
                  {recording.fileName ?? recording.id}
                </p>
                <p className="text-xs text-slate-500 tabular-nums dark:text-slate-400">
                  {recording.duration ?? '—'} · {formatBytes(recording.sizeBytes)}
                  {recording.createdAt && (
                    <>
                      {' · '}
                      <time dateTime={recording.createdAt} title={formatUtc(recording.createdAt)}>
                        {formatDateTime(recording.createdAt, timeZone)}
                      </time>
                    </>
                  )}
                </p>
              </div>
              {recording.isPrimary && <Badge tone="blue">primary</Badge>}
            </li>
          ))}
        </ul>
      )}
    </Card>
  )
}
