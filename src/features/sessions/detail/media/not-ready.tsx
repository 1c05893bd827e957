import { buttonClasses } from '../../../../components/button.tsx'
import { FileVideoIcon } from '../../../../components/media-icons.tsx'

/** A running session: its recording is written when it ends. */
export function NotReady({ liveViewUrl }: { liveViewUrl: string | null }) {
  return (
    <div className="flex aspect-video flex-col items-center justify-center gap-2 rounded-lg border border-dashed border-slate-300 px-6 text-center dark:border-slate-700">
      <FileVideoIcon className="size-6 text-slate-400" />
      <p className="text-sm font-semibold text-slate-900 dark:text-white">
        The recording is not ready yet
      </p>
      <p className="max-w-md text-sm text-slate-600 dark:text-slate-400">
        This session is still running; its recording can be played once it has ended.
        {!liveViewUrl && ' The API offers no live view for it.'}
      </p>
      {liveViewUrl && (
        <a
          href={liveViewUrl}
          target="_blank"
          rel="noreferrer noopener"
          className={`${buttonClasses('primary', 'sm')} mt-2`}
        >
          Watch it live
        </a>
      )}
    </div>
  )
}
