import { formatRelativeTime } from '../../../lib/relative-time.ts'
import type { SessionsSearch } from '../search-params.ts'
import { toUrlDateTime } from '../search-params-values.ts'
import { relativeToNow, type CreatedRange } from './date-range.ts'

/**
 * Pinning a relative range writes the times it means now into the URL (a link for an
 * incident, which will not move); the history entry remembers what it was pinned from, so
 * "Make relative" gives back exactly that range.
 */
export interface PinnedRangeState {
  pinnedFrom?: { relative: CreatedRange; pinned: CreatedRange }
}

/** `range` at `asOf`: its ends as `resolved` says, an open end closed at `asOf` itself. */
export function pinRange(
  range: CreatedRange,
  resolved: Pick<SessionsSearch, 'created_from' | 'created_to'>,
  asOf: number,
): { range: CreatedRange; state: PinnedRangeState } {
  const pinned = { from: resolved.created_from, to: resolved.created_to ?? toUrlDateTime(asOf) }
  return { range: pinned, state: { pinnedFrom: { relative: range, pinned } } }
}

/** An end within this of now is "now": an open end. */
const NOW_SLACK_MS = 60_000

/**
 * The relative range fixed times came from, if this history entry pinned them; otherwise the
 * same distances back from `now`. Null when that cannot be said (an end in the future).
 */
export function unpinRange(
  range: CreatedRange,
  state: PinnedRangeState | null,
  now: number,
): CreatedRange | null {
  const pinned = state?.pinnedFrom
  if (pinned && pinned.pinned.from === range.from && pinned.pinned.to === range.to) {
    return pinned.relative
  }
  const back = (bound: string | null, end: 'from' | 'to') => {
    if (bound === null) return null
    if (end === 'to' && Math.abs(now - Date.parse(bound)) < NOW_SLACK_MS) return null
    const relative = relativeToNow(bound, now)
    return relative ? formatRelativeTime(relative) : undefined
  }
  const from = back(range.from, 'from')
  const to = back(range.to, 'to')
  if (from === undefined || to === undefined) return null
  return { from, to }
}
