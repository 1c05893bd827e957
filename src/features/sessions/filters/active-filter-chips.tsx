import { memo } from 'react'
import { XIcon } from '../../../components/icons.tsx'
import { useTimeZone } from '../../../lib/clock.tsx'
import type { SetSearch } from '../use-sessions-search.ts'
import { CLEARED_FILTERS, type SessionsSearch } from '../search-params.ts'
import { activeFilters } from './active-filters.ts'
import { sameFilters } from './filter-panel.tsx'

interface ActiveFilterChipsProps {
  search: SessionsSearch
  setSearch: SetSearch
}

/** The filters in effect, each removable on its own, and "Clear all". Nothing when none are. */
export const ActiveFilterChips = memo(function ActiveFilterChips({
  search,
  setSearch,
}: ActiveFilterChipsProps) {
  const chips = activeFilters(search, useTimeZone())
  if (!chips.length) return null
  return (
    // On a phone the chips scroll sideways in one row instead of pushing the table down.
    <div className="-mx-4 flex min-w-0 items-center gap-1.5 overflow-x-auto px-4 pb-1 sm:mx-0 sm:flex-wrap sm:overflow-visible sm:px-0 sm:pb-0">
      <ul className="contents" aria-label="Active filters">
        {chips.map((chip) => (
          <li
            key={chip.key}
            className="inline-flex max-w-full shrink-0 items-center gap-1 rounded-full bg-white py-0.5 pr-0.5 pl-2.5 text-xs text-slate-700 shadow-xs ring-1 ring-slate-300 ring-inset dark:bg-slate-900 dark:text-slate-200 dark:ring-slate-700"
          >
            <span className="truncate">
              <span className="text-slate-500 dark:text-slate-400">{chip.label}:</span>{' '}
              <span className="font-medium">{chip.value}</span>
            </span>
            <button
              type="button"
              onClick={() => setSearch(chip.removal)}
              aria-label={`Remove filter ${chip.label}: ${chip.value}`}
              className="inline-flex size-5 shrink-0 items-center justify-center rounded-full text-slate-500 hover:bg-slate-200 hover:text-slate-900 dark:text-slate-400 dark:hover:bg-slate-700 dark:hover:text-white"
            >
              <XIcon className="size-3" />
            </button>
          </li>
        ))}
      </ul>
      <ClearAllButton setSearch={setSearch} />
    </div>
  )
}, sameFilters)

export function ClearAllButton({ setSearch }: { setSearch: SetSearch }) {
  return (
    <button
      type="button"
      onClick={() => setSearch(CLEARED_FILTERS)}
      className="shrink-0 rounded-md px-1.5 py-0.5 text-xs font-medium text-indigo-700 hover:bg-indigo-50 hover:text-indigo-900 dark:text-indigo-300 dark:hover:bg-indigo-400/10 dark:hover:text-indigo-100"
    >
      Clear all
    </button>
  )
}
