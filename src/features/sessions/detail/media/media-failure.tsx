import { Button } from '../../../../components/button.tsx'
import { AlertIcon, RefreshIcon } from '../../../../components/icons.tsx'
import type { ApiError } from '../../../../lib/http-error.ts'

/** Why a recording could not be played; `cause` null means it broke off part way. */
export interface MediaFailure {
  cause: ApiError | null
}

function explain({ cause }: MediaFailure): { title: string; message: string } {
  if (cause === null) {
    return {
      title: 'The recording stopped loading part way',
      message: 'The connection to the recording broke. Retry picks up where it stopped.',
    }
  }
  if (cause.kind === 'rate-limited') {
    const wait = cause.retryAfterSeconds
    return {
      title: 'The API asked to slow down',
      message:
        wait !== null
          ? `It asked for ${Math.ceil(wait)} seconds before the next request. Retry once that has passed.`
          : 'Wait a moment, then retry.',
    }
  }
  if (cause.status === 404) {
    return { title: 'This recording is not available', message: cause.message }
  }
  return { title: 'The recording could not be loaded', message: cause.message }
}

/** Stands in the player's frame, so a failure is never a blank black box. */
export function MediaFailureView({
  failure,
  onRetry,
}: {
  failure: MediaFailure
  onRetry: () => void
}) {
  const { title, message } = explain(failure)
  return (
    <div
      role="alert"
      className="flex size-full flex-col items-center justify-center gap-2 bg-slate-900 px-6 text-center text-slate-200"
    >
      <AlertIcon className="size-6 text-amber-400" />
      <p className="text-sm font-semibold text-white">{title}</p>
      <p className="max-w-md text-sm">{message}</p>
      <Button size="sm" className="mt-2" onClick={onRetry}>
        <RefreshIcon />
        Retry
      </Button>
    </div>
  )
}
