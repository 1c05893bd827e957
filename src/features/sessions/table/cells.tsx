import type { ReactNode } from 'react'
import { CheckIcon, XIcon } from '../../../components/icons.tsx'
import type { RenderedClock } from '../../../lib/clock.tsx'
import { formatShortDateTime } from '../../../lib/date-time.ts'
import { DASH, formatAge, formatCredits, formatUtc } from '../../../lib/format.ts'
import type { Session } from '../api/session-model.ts'
import { TableLink } from './table-link.tsx'

/** The dash for a missing value, quiet so real values stand out; "none" to a screen reader. */
export function Missing() {
  return (
    <>
      <span aria-hidden="true" className="text-slate-500 dark:text-slate-400">
        {DASH}
      </span>
      <span className="sr-only">none</span>
    </>
  )
}

/** Local time with its age; the exact UTC on hover and for screen readers. */
export function CreatedCell({ iso, clock }: { iso: string | null; clock: RenderedClock }) {
  if (iso === null) return <Missing />
  const utc = formatUtc(iso)
  return (
    <time
      dateTime={iso}
      title={utc}
      className="block whitespace-nowrap text-slate-900 dark:text-slate-100"
    >
      {formatShortDateTime(iso, clock.timeZone, clock.now)}
      <span className="block text-xs text-slate-500 dark:text-slate-400">
        {formatAge(iso, clock.now)}
        <span className="sr-only">, {utc}</span>
      </span>
    </time>
  )
}

export function CreditsCell({ credits }: { credits: Session['credits'] }) {
  if (credits === 'running') {
    return (
      <span
        className="text-xs font-medium text-sky-700 italic dark:text-sky-300"
        title="Still running: credits are known when the session ends"
      >
        running
      </span>
    )
  }
  if (credits === null) return <Missing />
  return formatCredits(credits)
}

/** A yes/no as an icon with a label: the label, not the colour, carries the meaning. */
export function BooleanCell({ value }: { value: boolean | null }) {
  if (value === null) return <Missing />
  const label = value ? 'Yes' : 'No'
  return (
    <span role="img" aria-label={label} title={label} className="inline-flex">
      {value ? (
        <CheckIcon className="size-4 text-emerald-600 dark:text-emerald-400" />
      ) : (
        <XIcon className="size-4 text-slate-400 dark:text-slate-500" />
      )}
    </span>
  )
}

/** A formatted value, or the dash when the formatter had nothing to show. */
export function TextCell({ text, mono = false }: { text: string | null; mono?: boolean }) {
  if (text === null || text === DASH || text === '') return <Missing />
  return mono ? <span className="font-mono text-[13px]">{text}</span> : text
}

/** A value that opens the list filtered by it: a real link, which never also opens the row. */
export function FilterLink({
  to,
  title,
  children,
  mono = false,
}: {
  to: string
  title: string
  children: ReactNode
  mono?: boolean
}) {
  return (
    <TableLink
      to={to}
      title={title}
      onClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => event.stopPropagation()}
      className={`inline-block max-w-40 truncate rounded align-bottom text-indigo-700 underline decoration-indigo-300 underline-offset-2 hover:decoration-indigo-600 dark:text-indigo-300 dark:decoration-indigo-500/50 dark:hover:decoration-indigo-300 ${mono ? 'font-mono text-[13px]' : ''}`}
    >
      {children}
    </TableLink>
  )
}
