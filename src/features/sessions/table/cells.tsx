import type { ReactNode } from 'react'
import { CheckIcon, XIcon } from '../../../components/icons.tsx'
import { DASH, formatAge, formatCredits, formatUtc } from '../../../lib/format.ts'
import type { Session } from '../api/session-model.ts'
import { TableLink } from './table-link.tsx'

/** The dash for a missing value, quiet so real values stand out. */
export function Missing() {
  return (
    <span className="text-slate-500 dark:text-slate-400">
      <span aria-hidden="true">{DASH}</span>
      <span className="sr-only">none</span>
    </span>
  )
}

// Made once: toLocaleString with options builds a new Intl.DateTimeFormat on every call, the
// costliest part of rendering a page of rows (profiled by bench/, page change).
const SHORT_DATE_TIME = {
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
} as const
const thisYearFormat = new Intl.DateTimeFormat(undefined, SHORT_DATE_TIME)
const otherYearFormat = new Intl.DateTimeFormat(undefined, { ...SHORT_DATE_TIME, year: '2-digit' })

/** "Nov 25, 15:04": local time, with the year only when it is not this year. */
function formatShortDateTime(iso: string): string {
  const date = new Date(iso)
  const sameYear = date.getFullYear() === new Date().getFullYear()
  return (sameYear ? thisYearFormat : otherYearFormat).format(date)
}

/** Local time with its age; the exact UTC on hover and for screen readers. */
export function CreatedCell({ iso }: { iso: string | null }) {
  if (iso === null) return <Missing />
  const utc = formatUtc(iso)
  return (
    <time dateTime={iso} title={utc} className="block whitespace-nowrap">
      <span className="text-slate-900 dark:text-slate-100">{formatShortDateTime(iso)}</span>
      <span className="block text-xs text-slate-500 dark:text-slate-400">
        {formatAge(iso)}
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
  return <span className="font-medium">{formatCredits(credits)}</span>
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
  return <span className={mono ? 'font-mono text-[13px]' : undefined}>{text}</span>
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
