import { useQuery } from '@tanstack/react-query'
import { Button } from '../../../components/button.tsx'
import { ErrorBoundary } from '../../../components/error-boundary.tsx'
import { Sheet } from '../../../components/sheet.tsx'
import { formatCount } from '../../../lib/format.ts'
import { sessionsPageQuery } from '../api/sessions-page-query.ts'
import { useResolvedSearch } from '../list-clock.tsx'
import { activeFilterCount } from '../search-params.ts'
import { ClearAllButton } from './active-filter-chips.tsx'
import { FilterPanel, type FilterPanelProps } from './filter-panel.tsx'

interface FiltersSheetProps extends FilterPanelProps {
  open: boolean
  onClose: () => void
}

/**
 * The filter panel in a sheet, for small screens (see FiltersSheetButton). Filters apply as
 * they change; the footer says how many sessions match and closes the sheet.
 */
export default function FiltersSheet({ open, onClose, search, setSearch }: FiltersSheetProps) {
  return (
    <Sheet
      open={open}
      onClose={onClose}
      title="Filters"
      footer={
        <div className="flex items-center gap-3">
          {activeFilterCount(search) ? <ClearAllButton setSearch={setSearch} /> : null}
          {open ? <ShowResultsButton search={search} onClick={onClose} /> : null}
        </div>
      }
    >
      {open ? (
        <ErrorBoundary region="The filters">
          <FilterPanel search={search} setSearch={setSearch} />
        </ErrorBoundary>
      ) : null}
    </Sheet>
  )
}

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
