import { Badge } from '../../../../components/badge.tsx'
import { FileVideoIcon } from '../../../../components/media-icons.tsx'
import { useTimeZone } from '../../../../lib/clock.tsx'
import { formatDateTime } from '../../../../lib/date-time.ts'
import { formatBytes } from '../../../../lib/format.ts'
import type { Recording } from '../../api/session-recordings.ts'

/**
 * The session's recordings, with the one playing marked; where there are several (a reconnect
 * starts a new file), a click chooses which plays. The provider's file links are not
 * rendered: every URL here is built from ids.
 */
export function RecordingList({
  recordings,
  playingId,
  onChoose,
}: {
  recordings: readonly Recording[]
  playingId: string
  onChoose: (id: string) => void
}) {
  const timeZone = useTimeZone()
  return (
    <ul aria-label="Recordings" className="divide-y divide-slate-100 dark:divide-slate-800">
      {recordings.map((recording) => {
        const playing = recording.id === playingId
        const row = (
          <>
            <FileVideoIcon className="size-5 shrink-0 text-slate-400" />
            <span className="min-w-0 flex-1">
              <span className="block truncate font-mono text-[13px] text-slate-900 dark:text-slate-100">
                {recording.fileName ?? recording.id}
              </span>
              <span className="block text-xs text-slate-600 tabular-nums dark:text-slate-400">
                {recording.duration ?? '—'} · {formatBytes(recording.sizeBytes)}
                {recording.createdAt && ` · ${formatDateTime(recording.createdAt, timeZone)}`}
              </span>
            </span>
            {recording.isPrimary && <Badge tone="blue">primary</Badge>}
            {playing && recordings.length > 1 && <Badge tone="green">playing</Badge>}
          </>
        )
        return (
          <li key={recording.id}>
            {recordings.length === 1 ? (
              <div className="flex items-center gap-3 px-2 py-2 text-sm">{row}</div>
            ) : (
              <button
                type="button"
                aria-pressed={playing}
                onClick={() => onChoose(recording.id)}
                className="flex w-full items-center gap-3 rounded-md px-2 py-2 text-left text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-500 aria-pressed:bg-indigo-50 dark:hover:bg-slate-800 dark:aria-pressed:bg-indigo-500/15"
              >
                {row}
              </button>
            )}
          </li>
        )
      })}
    </ul>
  )
}
