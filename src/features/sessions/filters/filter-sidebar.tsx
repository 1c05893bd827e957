import { memo } from 'react'
import { ErrorBoundary } from '../../../components/error-boundary.tsx'
import { activeFilterCount, filtersKey } from '../search-params.ts'
import { ClearAllButton } from './active-filter-chips.tsx'
import { FilterPanel, sameFilters, type FilterPanelProps } from './filter-panel.tsx'

/** The filter panel as a sticky column beside the table on wide screens. */
export const FilterSidebar = memo(function FilterSidebar({ search, setSearch }: FilterPanelProps) {
  return (
    <aside
      aria-labelledby="filters-heading"
      className="sticky top-[4.75rem] max-h-[calc(100dvh-6rem)] overflow-y-auto rounded-xl border border-slate-200 bg-white p-4 shadow-xs dark:border-slate-800 dark:bg-slate-900/60"
    >
      <div className="mb-4 flex items-center justify-between">
        <h2 id="filters-heading" className="text-sm font-semibold">
          Filters
        </h2>
        {activeFilterCount(search) > 0 ? <ClearAllButton setSearch={setSearch} /> : null}
      </div>
      <ErrorBoundary region="The filters" resetKeys={[filtersKey(search)]}>
        <FilterPanel search={search} setSearch={setSearch} />
      </ErrorBoundary>
    </aside>
  )
}, sameFilters)
