import type { ReactNode } from 'react'
import { KNOWN_STATUSES } from '../../../components/status-badge.tsx'
import type { RenderedClock } from '../../../lib/clock.tsx'
import { formatShortDateTime } from '../../../lib/date-time.ts'
import { DASH, formatAge, formatCredits, formatUtc } from '../../../lib/format.ts'
import type { Session } from '../api/session-model.ts'
import { sessionHref } from '../shared/drill.ts'
import type { FilterLinkProps } from '../shared/values.tsx'

/**
 * The table's cell contents: plain functions the row calls (no component per cell), each
 * returning text or the fewest elements, styled by the `.sessions-table` rules in index.css.
 * `null` is a missing value: the row shows the dash for it, named "none" (see SessionRows).
 */

/** Local time, then its age; the exact UTC on hover and as the time's description. */
export function createdCell(iso: string | null, clock: RenderedClock): ReactNode {
  if (iso === null) return null
  return (
    <>
      <time dateTime={iso} title={formatUtc(iso)}>
        {formatShortDateTime(iso, clock.timeZone, clock.now)}
      </time>
      <span className="age">{formatAge(iso, clock.now)}</span>
    </>
  )
}

export function creditsCell(credits: Session['credits']): ReactNode {
  if (credits === 'running') {
    return (
      <span className="running" title="Still running: credits are known when the session ends">
        running
      </span>
    )
  }
  if (credits === null) return null
  return formatCredits(credits)
}

/** A formatted value, or nothing when the formatter had nothing to show. */
export function textCell(text: string | null, mono = false): ReactNode {
  if (text === null || text === DASH || text === '') return null
  return mono ? <span className="mono">{text}</span> : text
}

/** A yes/no as its word: the word, not a colour or an icon, carries the meaning. */
export const booleanCell = (value: boolean | null): ReactNode =>
  value === null ? null : value ? 'Yes' : 'No'

/** A status as a dot and its word (tones in index.css); an unknown status shown as it came. */
export function statusCell(status: string | null): ReactNode {
  if (status === null || status.trim() === '') return null
  const known = status.toLowerCase()
  return (
    <span className="status" data-s={KNOWN_STATUSES.has(known) ? known : undefined}>
      {status}
    </span>
  )
}

/**
 * A value that opens the list filtered by it: a real link (middle-click opens a tab), which
 * never also opens the row. A plain click on it is the row's, which navigates in the app (see
 * SessionRows): one handler for the table instead of a router component per link.
 */
export function drillLink({ to, title, children, mono = false }: FilterLinkProps): ReactNode {
  return (
    <a href={to} title={title} className={mono ? 'drill mono' : 'drill'}>
      {children}
    </a>
  )
}

/**
 * The session id as a real link to its page (middle-click opens a tab). A plain click on it is
 * the row's (see SessionRows), which opens the session with the way back to this list. It is
 * skipped by Tab because the row itself is the keyboard stop: Enter on the row opens it too.
 */
export const sessionIdCell = (id: string): ReactNode => (
  <a href={sessionHref(id)} tabIndex={-1} title={id} className="sid">
    {id}
  </a>
)
