import { formatDateTime } from '../../../lib/date-time.ts'
import {
  DEFAULT_SEARCH,
  FILTER_NAMES,
  type FilterName,
  type SessionsSearch,
} from '../search-params.ts'
import { filterSpec, type FilterControl } from '../search-registry.ts'

export interface ActiveFilter {
  /** Unique among the chips, e.g. `tags:production`. */
  key: string
  param: FilterName
  label: string
  value: string
  /** Removes just this filter (one item of a list, or the whole value) from the latest search. */
  removal: (current: SessionsSearch) => Partial<SessionsSearch>
}

/**
 * Every filter in effect, one per list item, in the panel's order, as the chips and the empty
 * result list them; times in `timeZone`.
 */
export function activeFilters(search: SessionsSearch, timeZone: string): ActiveFilter[] {
  const chips: ActiveFilter[] = []
  for (const param of FILTER_NAMES) {
    const value = search[param]
    const { label, control } = filterSpec(param)
    if (Array.isArray(value)) {
      for (const item of value) {
        const removal = (current: SessionsSearch) => ({
          [param]: (current[param] as string[]).filter((other) => other !== item),
        })
        chips.push({ key: `${param}:${item}`, param, label, value: item, removal })
      }
    } else if (value !== null) {
      chips.push({
        key: param,
        param,
        label,
        value: shownValue(value, control.kind, timeZone),
        removal: () => ({ [param]: DEFAULT_SEARCH[param] }),
      })
    }
  }
  return chips
}

function shownValue(value: string | boolean, control: FilterControl['kind'], timeZone: string) {
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  return control === 'created-range' ? formatDateTime(value, timeZone) : value
}
