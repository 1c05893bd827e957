import type { ReactNode } from 'react'

/**
 * One headline figure of the credits strip: a term and its value, meant to sit in a `<dl>`.
 * Compact (label over value) so four of them and their actions fit one line above the table.
 */
export function Stat({
  label,
  value,
  hint,
}: {
  label: string
  value: ReactNode
  /** A short qualifier, e.g. "not final yet": on hover, and read out after the value. */
  hint?: string
}) {
  return (
    <div className="min-w-0" title={hint}>
      {/* The term and its value are styled in src/styles/page.css (`.totals-strip dl`). */}
      <dt>{label}</dt>
      <dd>{value}</dd>
      {hint ? <dd className="sr-only">{hint}</dd> : null}
    </div>
  )
}
