import { useQuery } from '@tanstack/react-query'
import { memo, useState } from 'react'
import { Button } from '../../../components/button.tsx'
import { ErrorBoundary } from '../../../components/error-boundary.tsx'
import { FilterIcon } from '../../../components/icons.tsx'
import { Sheet } from '../../../components/sheet.tsx'
import { formatCount } from '../../../lib/format.ts'
import { sessionsPageQuery } from '../api/sessions-page-query.ts'
import { useResolvedSearch } from '../list-clock.tsx'
import { activeFilterCount } from '../search-params.ts'
import { ClearAllButton } from './active-filter-chips.tsx'
import { FilterPanel, sameFilters, type FilterPanelProps } from './filter-panel.tsx'

/**
 * On small screens the panel folds into a sheet opened by "Filters (N)". Filters apply as they
 * change; the footer says how many sessions match and closes the sheet. Memoized on the
 * filters: the sheet is modal, so no page change happens while it is open.
 */
export const FiltersSheetButton = memo(function FiltersSheetButton({
  search,
  setSearch,
}: FilterPanelProps) {
  const [open, setOpen] = useState(false)
  const count = activeFilterCount(search)
  return (
    <>
      <Button onClick={() => setOpen(true)} aria-haspopup="dialog">
        <FilterIcon />
        Filters{count ? ` (${count})` : ''}
      </Button>
      <Sheet
        open={open}
        onClose={() => setOpen(false)}
        title="Filters"
        footer={
          <div className="flex items-center gap-3">
            {count ? <ClearAllButton setSearch={setSearch} /> : null}
            {open ? <ShowResultsButton search={search} onClick={() => setOpen(false)} /> : null}
          </div>
        }
      >
        {open ? (
          <ErrorBoundary region="The filters">
            <FilterPanel search={search} setSearch={setSearch} />
          </ErrorBoundary>
        ) : null}
      </Sheet>
    </>
  )
}, sameFilters)

function ShowResultsButton({
  search,
  onClick,
}: Pick<FilterPanelProps, 'search'> & { onClick: () => void }) {
  const { data, isFetching } = useQuery(sessionsPageQuery(useResolvedSearch(search)))
  const label = data && !isFetching ? `Show ${formatCount(data.total)} sessions` : 'Show sessions'
  return (
    <Button variant="primary" className="flex-1" onClick={onClick}>
      {label}
    </Button>
  )
}
