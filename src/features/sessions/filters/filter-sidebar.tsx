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
      // Styled in src/styles/page.css, its heading row included.
      className="filter-sidebar"
    >
      <div>
        <h2 id="filters-heading">Filters</h2>
        {activeFilterCount(search) > 0 ? <ClearAllButton setSearch={setSearch} /> : null}
      </div>
      <ErrorBoundary region="The filters" resetKeys={[filtersKey(search)]}>
        <FilterPanel search={search} setSearch={setSearch} />
      </ErrorBoundary>
    </aside>
  )
}, sameFilters)
