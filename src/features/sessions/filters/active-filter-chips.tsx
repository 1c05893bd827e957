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
    // Styled in src/styles/page.css, chips and their buttons included.
    <div className="active-filters">
      <ul className="contents" aria-label="Active filters">
        {chips.map((chip) => (
          <li key={chip.key}>
            <span className="truncate">
              <span className="text-slate-500 dark:text-slate-400">{chip.label}:</span>{' '}
              <span className="font-medium">{chip.value}</span>
            </span>
            <button
              type="button"
              onClick={() => setSearch(chip.removal)}
              aria-label={`Remove filter ${chip.label}: ${chip.value}`}
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
    <button type="button" onClick={() => setSearch(CLEARED_FILTERS)} className="clear-all">
      Clear all
    </button>
  )
}
