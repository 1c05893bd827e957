import { useQuery } from '@tanstack/react-query'
import { Button, buttonClasses } from '../../../../components/button.tsx'
import { RefreshIcon } from '../../../../components/icons.tsx'
import { DownloadIcon, FileIcon } from '../../../../components/media-icons.tsx'
import { Skeleton } from '../../../../components/skeleton.tsx'
import { useTimeZone } from '../../../../lib/clock.tsx'
import { formatDateTime } from '../../../../lib/date-time.ts'
import { formatBytes, formatUtc } from '../../../../lib/format.ts'
import { downloadUrl } from '../../api/media-urls.ts'
import { sessionDownloadsQuery } from '../../api/session-downloads.ts'
import { Card } from '../card.tsx'

/**
 * Files the session downloaded, each downloadable through our server. Where a file came from
 * is shown as text, not a link: it is a page of some third-party site the session visited.
 */
export function FilesCard({ id }: { id: string }) {
  const { data, error, isPending, refetch } = useQuery(sessionDownloadsQuery(id))
  const timeZone = useTimeZone()
  return (
    <Card title="Downloaded files">
      {isPending ? (
        <Skeleton className="h-10 w-full" />
      ) : error ? (
        <div role="alert" className="space-y-3 text-sm text-red-700 dark:text-red-300">
          <p>Files could not be listed: {error.message}</p>
          <Button size="sm" onClick={() => void refetch()}>
            <RefreshIcon />
            Retry
          </Button>
        </div>
      ) : data.length === 0 ? (
        <p className="text-sm text-slate-500 dark:text-slate-400">
          This session downloaded no files.
        </p>
      ) : (
        <ul className="divide-y divide-slate-100 dark:divide-slate-800">
          {data.map((file) => {
            const name = file.fileName ?? file.id
            return (
              <li key={file.id} className="flex items-start gap-3 py-2.5 first:pt-0 last:pb-0">
                <FileIcon className="mt-0.5 size-5 shrink-0 text-slate-400" />
                <div className="min-w-0 flex-1 text-sm">
                  <p className="truncate font-mono text-[13px] text-slate-900 dark:text-slate-100">
                    {name}
                  </p>
                  <p className="text-xs text-slate-500 tabular-nums dark:text-slate-400">
                    {formatBytes(file.sizeBytes)}
                    {file.createdAt && (
                      <>
                        {' · '}
                        <time dateTime={file.createdAt} title={formatUtc(file.createdAt)}>
                          {formatDateTime(file.createdAt, timeZone)}
                        </time>
                      </>
                    )}
                  </p>
                  {file.originUrl && (
                    <p className="mt-0.5 text-xs break-all text-slate-500 dark:text-slate-400">
                      From <span className="font-mono">{file.originUrl}</span>
                    </p>
                  )}
                </div>
                <a
                  href={downloadUrl(id, file.id)}
                  download={name}
                  aria-label={`Download ${name}`}
                  className={buttonClasses('secondary', 'sm')}
                >
                  <DownloadIcon />
                  <span className="max-sm:sr-only">Download</span>
                </a>
              </li>
            )
          })}
        </ul>
      )}
    </Card>
  )
}
