import { useEffect, useState } from 'react'
import { Button } from '../../../components/button.tsx'
import { useTimeZone } from '../../../lib/clock.tsx'
import { formatClockTime } from '../../../lib/date-time.ts'
import { isApiError } from '../../../lib/http-error.ts'
import { retryDelayMs } from '../../../lib/retry-policy.ts'

interface RetryNoticeProps {
  /** Why the last try failed while the query tries again (TanStack Query's failureReason). */
  failure: unknown
  /** How many tries have failed so far. Key the notice by it: each failure starts a new wait. */
  failures: number
  /** Tries again now, dropping the wait. */
  onTryNow: () => void
}

/**
 * While a page of sessions waits to be tried again, says why and until when, with a way to
 * try at once: a 429 with `Retry-After: 30` would otherwise leave the rows dimmed, or a
 * skeleton, for half a minute without a word.
 */
export function RetryNotice({ failure, failures, onTryNow }: RetryNoticeProps) {
  const zone = useTimeZone()
  const [failedAt] = useState(() => Date.now())
  const [now, setNow] = useState(failedAt)
  // The policy that scheduled the retry says how long it waits (lib/retry-policy.ts).
  const waitMs = retryDelayMs(failure, failures)
  const retryAt = waitMs === null ? null : failedAt + waitMs
  useEffect(() => {
    if (retryAt === null) return
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [retryAt])
  if (!isApiError(failure) || retryAt === null) return null

  const seconds = Math.max(0, Math.ceil((retryAt - now) / 1000))
  const why =
    failure.kind === 'rate-limited'
      ? 'The API asked us to slow down.'
      : `The API did not answer (${failure.message}).`
  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900 dark:border-amber-900/60 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <span>
        {why} Trying again at {formatClockTime(retryAt, zone)}
        {seconds > 0 ? ` (in ${seconds} s)` : ''}.
      </span>
      <Button size="sm" onClick={onTryNow}>
        Try now
      </Button>
    </div>
  )
}
