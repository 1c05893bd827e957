import { memo } from 'react'
import { addChips, ChipInput } from '../../../components/chip-input.tsx'
import {
  FILTER_NAMES,
  filtersKey,
  splitList,
  type FilterName,
  type SessionsSearch,
} from '../search-params.ts'
import { MAX_LIST_ITEMS } from '../search-params-values.ts'
import { filterSpec } from '../search-registry.ts'
import type { SetSearch } from '../use-sessions-search.ts'
import { BooleanFilter } from './boolean-filter.tsx'
import { ChoiceTextFilter } from './choice-text-filter.tsx'
import { CreatedRangeFilter } from './created-range-filter.tsx'
import { PageSizeControl } from './page-size-control.tsx'
import { TextFilter } from './text-filter.tsx'
import { useSeenValues, type SeenValues } from './use-seen-values.ts'

export interface FilterPanelProps {
  search: SessionsSearch
  setSearch: SetSearch
}

const sameList = (a: string, b: string) => splitList(a).join(',') === splitList(b).join(',')
const without = (list: readonly string[], value: string) => list.filter((item) => item !== value)
const trimmed = (text: string) => text.trim() || null

/** Terms typed as one text may be many; the list keeps the first the API takes. */
const TERMS_MAX_LENGTH = 2000

/**
 * For the parts of the page that show no page and no sort: a page change or a sort leaves them
 * as they are.
 */
export const sameFilters = (a: FilterPanelProps, b: FilterPanelProps) =>
  a.setSearch === b.setSearch && filtersKey(a.search) === filtersKey(b.search)

/**
 * Every filter of the list, in the registry's order, each with the control its entry names,
 * reading from and writing to the URL. Rendered in the sidebar on wide screens and inside the
 * sheet on small ones.
 */
export const FilterPanel = memo(function FilterPanel({ search, setSearch }: FilterPanelProps) {
  const seen = useSeenValues()
  return (
    <div className="grid gap-5">
      {FILTER_NAMES.map((name) => (
        <FilterControlOf key={name} name={name} search={search} setSearch={setSearch} seen={seen} />
      ))}
      <PageSizeControl value={search.limit} onChange={(limit) => setSearch({ limit })} />
    </div>
  )
}, sameFilters)

/**
 * The control of one filter. The registry pairs each kind of control with one type of value
 * (text: a string or null, terms and chips: a list, boolean: a yes/no or null), which the
 * casts below rely on.
 */
function FilterControlOf({
  name,
  search,
  setSearch,
  seen,
}: FilterPanelProps & { name: FilterName; seen: SeenValues }) {
  const { control } = filterSpec(name)
  switch (control.kind) {
    case 'text':
      return (
        <TextFilter
          label={control.title}
          hint={control.hint}
          placeholder={control.placeholder}
          value={(search[name] as string | null) ?? ''}
          suggestions={control.suggest && seen[control.suggest]}
          onCommit={(text, options) => setSearch({ [name]: trimmed(text) }, options)}
        />
      )
    case 'choice':
      return (
        <ChoiceTextFilter
          label={control.title}
          placeholder={control.placeholder}
          value={(search[name] as string | null) ?? ''}
          choices={seen[control.suggest]}
          valueName={control.valueName}
          onCommit={(text, options) => setSearch({ [name]: trimmed(text) }, options)}
        />
      )
    case 'terms':
      return (
        <TextFilter
          label={control.title}
          hint={control.hint}
          placeholder={control.placeholder}
          value={(search[name] as string[]).join(', ')}
          same={sameList}
          maxLength={TERMS_MAX_LENGTH}
          onCommit={(text, options) =>
            setSearch({ [name]: splitList(text).slice(0, MAX_LIST_ITEMS) }, options)
          }
        />
      )
    case 'chips': {
      const listOf = (current: SessionsSearch) => current[name] as string[]
      return (
        <ChipInput
          label={control.title}
          itemName={control.itemName}
          placeholder={control.placeholder}
          values={listOf(search)}
          suggestions={seen[control.suggest]}
          onAdd={(text) =>
            setSearch((current) => ({ [name]: addChips(listOf(current), text, MAX_LIST_ITEMS) }))
          }
          onRemove={(value) =>
            setSearch((current) => ({ [name]: without(listOf(current), value) }))
          }
        />
      )
    }
    case 'boolean':
      return (
        <BooleanFilter
          legend={control.title}
          value={search[name] as boolean | null}
          onChange={(value) => setSearch({ [name]: value })}
        />
      )
    case 'created-range':
      // Both ends in one control, placed where the range starts.
      return control.end === 'from' ? (
        <CreatedRangeFilter search={search} setSearch={setSearch} />
      ) : null
  }
}
