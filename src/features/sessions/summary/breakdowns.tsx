import { useId, useState } from 'react'
import type { BreakdownRow, CreditsTotals } from './aggregate.ts'
import { BreakdownTable } from './breakdown-table.tsx'

interface Breakdown {
  label: string
  groupLabel: string
  rows: (totals: CreditsTotals) => BreakdownRow[]
  note?: string
}

const BREAKDOWNS: Breakdown[] = [
  { label: 'Status', groupLabel: 'Status', rows: (totals) => totals.byStatus },
  { label: 'API key', groupLabel: 'API key', rows: (totals) => totals.byApiKey },
  {
    label: 'Tags',
    groupLabel: 'Tag',
    rows: (totals) => totals.byTag,
    note: 'A session with several tags counts toward each, so the tags add up to more than the total.',
  },
  {
    label: 'Domains',
    groupLabel: 'Domain',
    rows: (totals) => totals.byDomain,
    note: 'A session that visited several domains counts toward each of them.',
  },
]

/**
 * Where the credits went, one breakdown at a time (by status, API key, tag or domain), so the
 * summary stays short enough to leave the table in view.
 */
export function Breakdowns({ totals }: { totals: CreditsTotals }) {
  const labelId = useId()
  const [chosen, setChosen] = useState(0)
  const breakdown = BREAKDOWNS[chosen]!
  return (
    <div className="min-w-0">
      <div className="flex flex-wrap items-center gap-2">
        <span id={labelId} className="text-sm font-semibold text-slate-700 dark:text-slate-200">
          Credits by
        </span>
        <div
          role="group"
          aria-labelledby={labelId}
          className="inline-flex rounded-md bg-slate-100 p-0.5 dark:bg-slate-800"
        >
          {BREAKDOWNS.map((item, index) => (
            <button
              key={item.label}
              type="button"
              aria-pressed={index === chosen}
              onClick={() => setChosen(index)}
              className={`rounded px-2 py-0.5 text-xs font-medium ${
                index === chosen
                  ? 'bg-white text-slate-900 shadow-sm dark:bg-slate-600 dark:text-white'
                  : 'text-slate-600 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white'
              }`}
            >
              {item.label}
            </button>
          ))}
        </div>
      </div>
      <BreakdownTable
        title={`Credits by ${breakdown.label.toLowerCase()}`}
        groupLabel={breakdown.groupLabel}
        rows={breakdown.rows(totals)}
        note={breakdown.note}
      />
    </div>
  )
}
