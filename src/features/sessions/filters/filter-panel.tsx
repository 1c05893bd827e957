import { memo } from 'react'
import { BOOLEAN_FILTERS } from '../../../../contract/anchor-api.ts'
import { addChips, ChipInput } from '../../../components/chip-input.tsx'
import { filtersKey, splitList, type SessionsSearch } from '../search-params.ts'
import { MAX_LIST_ITEMS } from '../search-params-values.ts'
import type { SetSearch } from '../use-sessions-search.ts'
import { BooleanFilter } from './boolean-filter.tsx'
import { CreatedRangeFilter } from './created-range-filter.tsx'
import { BOOLEAN_LABELS } from './filter-labels.ts'
import { PageSizeControl } from './page-size-control.tsx'
import { TextFilter } from './text-filter.tsx'
import { useSeenValues } from './use-seen-values.ts'

export interface FilterPanelProps {
  search: SessionsSearch
  setSearch: SetSearch
}

const sameList = (a: string, b: string) => splitList(a).join(',') === splitList(b).join(',')
const without = (list: readonly string[], value: string) => list.filter((item) => item !== value)
const trimmed = (text: string) => text.trim() || null

/**
 * For the parts of the page that show no page and no sort: a page change or a sort leaves them
 * as they are.
 */
export const sameFilters = (a: FilterPanelProps, b: FilterPanelProps) =>
  a.setSearch === b.setSearch && filtersKey(a.search) === filtersKey(b.search)

/**
 * Every filter of the list, reading from and writing to the URL. Rendered in the sidebar on wide
 * screens and inside the sheet on small ones.
 */
export const FilterPanel = memo(function FilterPanel({ search, setSearch }: FilterPanelProps) {
  const seen = useSeenValues()
  return (
    <div className="grid gap-5">
      <TextFilter
        label="Status"
        placeholder="Any status"
        value={search.status ?? ''}
        suggestions={seen.statuses}
        onCommit={(text, options) => setSearch({ status: trimmed(text) }, options)}
      />
      <TextFilter
        label="Tag search"
        hint="Comma-separated; each term must be part of some tag."
        placeholder="e.g. prod, checkout"
        value={search.search.join(', ')}
        same={sameList}
        maxLength={2000}
        onCommit={(text, options) =>
          setSearch({ search: splitList(text).slice(0, MAX_LIST_ITEMS) }, options)
        }
      />
      <ChipInput
        label="Tags (all must match)"
        itemName="tag"
        placeholder="Add a tag…"
        values={search.tags}
        suggestions={seen.tags}
        onAdd={(text) =>
          setSearch((current) => ({ tags: addChips(current.tags, text, MAX_LIST_ITEMS) }))
        }
        onRemove={(tag) => setSearch((current) => ({ tags: without(current.tags, tag) }))}
      />
      <ChipInput
        label="Domains (all must match)"
        itemName="domain"
        placeholder="Add a domain…"
        values={search.domains}
        suggestions={seen.domains}
        onAdd={(text) =>
          setSearch((current) => ({ domains: addChips(current.domains, text, MAX_LIST_ITEMS) }))
        }
        onRemove={(domain) =>
          setSearch((current) => ({ domains: without(current.domains, domain) }))
        }
      />
      <CreatedRangeFilter search={search} setSearch={setSearch} />
      <TextFilter
        label="Batch ID"
        placeholder="Exact batch ID"
        value={search.batch_id ?? ''}
        suggestions={seen.batchIds}
        onCommit={(text, options) => setSearch({ batch_id: trimmed(text) }, options)}
      />
      <TextFilter
        label="Profile name"
        hint="Part of the name, any case."
        value={search.profile_name ?? ''}
        suggestions={seen.profileNames}
        onCommit={(text, options) => setSearch({ profile_name: trimmed(text) }, options)}
      />
      <div className="grid gap-3">
        {BOOLEAN_FILTERS.map((name) => (
          <BooleanFilter
            key={name}
            legend={BOOLEAN_LABELS[name]}
            value={search[name]}
            onChange={(value) => setSearch({ [name]: value })}
          />
        ))}
      </div>
      <PageSizeControl value={search.limit} onChange={(limit) => setSearch({ limit })} />
    </div>
  )
}, sameFilters)
