import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { CheckIcon, XIcon } from '../../../components/icons.tsx'
import { DASH, formatCredits } from '../../../lib/format.ts'
import type { Session } from '../api/session-model.ts'

/**
 * A session's values as the detail page shows them (the table has its own lighter cells, styled
 * by one stylesheet rule: see table/cells.tsx).
 */

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

/** What a link from a value to the list filtered by it is made of, wherever it is shown. */
export interface FilterLinkProps {
  to: string
  title: string
  children: ReactNode
  mono?: boolean
}

/** A value that opens the list filtered by it. */
export function FilterLink({ to, title, children, mono = false }: FilterLinkProps) {
  return (
    <Link
      to={to}
      title={title}
      className={`inline-block max-w-40 truncate rounded align-bottom text-indigo-700 underline decoration-indigo-300 underline-offset-2 hover:decoration-indigo-600 dark:text-indigo-300 dark:decoration-indigo-500/50 dark:hover:decoration-indigo-300 ${mono ? 'font-mono text-[13px]' : ''}`}
    >
      {children}
    </Link>
  )
}
