import { memo, useState } from 'react'
import { Button } from '../../../components/button.tsx'
import { FilterIcon } from '../../../components/icons.tsx'
import { lazyWithPreload } from '../../../lib/lazy-with-preload.tsx'
import { activeFilterCount } from '../search-params.ts'
import { sameFilters, type FilterPanelProps } from './filter-panel.tsx'

// The sheet's code comes as the button is about to be pressed: wide screens never open it.
const { Component: FiltersSheet, intent } = lazyWithPreload(
  () => import('./filters-sheet.tsx'),
  null,
)

/**
 * On small screens the panel folds into a sheet opened by "Filters (N)". The sheet is made the
 * first time it opens and kept after (closing it gives focus back to this button). Memoized on
 * the filters: the sheet is modal, so no page change happens while it is open.
 */
export const FiltersSheetButton = memo(function FiltersSheetButton({
  search,
  setSearch,
}: FilterPanelProps) {
  // null until first opened.
  const [open, setOpen] = useState<boolean | null>(null)
  const count = activeFilterCount(search)
  return (
    <>
      <Button onClick={() => setOpen(true)} aria-haspopup="dialog" {...intent}>
        <FilterIcon />
        Filters{count ? ` (${count})` : ''}
      </Button>
      {open === null ? null : (
        <FiltersSheet
          open={open}
          onClose={() => setOpen(false)}
          search={search}
          setSearch={setSearch}
        />
      )}
    </>
  )
}, sameFilters)
