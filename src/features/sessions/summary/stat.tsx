import type { ReactNode } from 'react'

/** One headline figure: a term and its value, meant to sit in a `<dl>`. */
export function Stat({
  label,
  value,
  hint,
}: {
  label: string
  value: ReactNode
  /** A short qualifier under the value, e.g. "not final yet". */
  hint?: ReactNode
}) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className="mt-0.5 text-xl font-semibold tracking-tight tabular-nums">{value}</dd>
      {hint ? <dd className="text-xs text-slate-500 dark:text-slate-400">{hint}</dd> : null}
    </div>
  )
}
