import { KNOWN_STATUSES } from '../../../components/status-badge.tsx'
import type { RenderedClock } from '../../../lib/clock.tsx'
import { formatShortDateTime } from '../../../lib/date-time.ts'
import { DASH, formatAge, formatCredits, formatUtc } from '../../../lib/format.ts'
import type { Session } from '../api/session-model.ts'
import { Missing, type FilterLinkProps } from '../shared/values.tsx'
import { TableLink } from './table-link.tsx'

/**
 * The table's cells: text and the fewest elements, styled by the `.sessions-table` rules in
 * index.css, not by classes of their own (a page holds hundreds of cells).
 */

/** Local time and its age on one line; the exact UTC on hover and for screen readers. */
export function CreatedCell({ iso, clock }: { iso: string | null; clock: RenderedClock }) {
  if (iso === null) return <Missing />
  const utc = formatUtc(iso)
  return (
    <time dateTime={iso} title={utc}>
      {formatShortDateTime(iso, clock.timeZone, clock.now)}
      <span className="age">
        {formatAge(iso, clock.now)}
        <span className="sr-only">, {utc}</span>
      </span>
    </time>
  )
}

export function CreditsCell({ credits }: { credits: Session['credits'] }) {
  if (credits === 'running') {
    return (
      <span className="running" title="Still running: credits are known when the session ends">
        running
      </span>
    )
  }
  if (credits === null) return <Missing />
  return <span className="credits">{formatCredits(credits)}</span>
}

/** A formatted value, or the dash when the formatter had nothing to show. */
export function TextCell({ text, mono = false }: { text: string | null; mono?: boolean }) {
  if (text === null || text === DASH || text === '') return <Missing />
  return mono ? <span className="mono">{text}</span> : text
}

/** A yes/no as its word: the word, not a colour or an icon, carries the meaning. */
export function BooleanCell({ value }: { value: boolean | null }) {
  if (value === null) return <Missing />
  return value ? 'Yes' : 'No'
}

/** A status as a dot and its word (tones in index.css); an unknown status shown as it came. */
export function StatusCell({ status }: { status: string | null }) {
  if (status === null || status.trim() === '') return <Missing />
  const known = status.toLowerCase()
  return (
    <span className="status" data-s={KNOWN_STATUSES.has(known) ? known : undefined}>
      {status}
    </span>
  )
}

/** A value that opens the list filtered by it: a real link, which never also opens the row. */
export function DrillLink({ to, title, children, mono = false }: FilterLinkProps) {
  return (
    <TableLink to={to} title={title} className={mono ? 'drill mono' : 'drill'}>
      {children}
    </TableLink>
  )
}
