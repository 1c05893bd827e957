import { formatDateTime } from '../../../lib/date-time.ts'
import {
  DEFAULT_SEARCH,
  FILTER_PARAMS,
  isBooleanFilter,
  type FilterParam,
  type SessionsSearch,
} from '../search-params.ts'
import { FILTER_LABELS } from './filter-labels.ts'

export interface ActiveFilter {
  /** Unique among the chips, e.g. `tags:production`. */
  key: string
  param: FilterParam
  label: string
  value: string
  /** Removes just this filter (one item of a list, or the whole value) from the latest search. */
  removal: (current: SessionsSearch) => Partial<SessionsSearch>
}

/**
 * Every filter in effect, one per list item, in the panel's order, as the chips show them;
 * times in `timeZone`.
 */
export function activeFilters(search: SessionsSearch, timeZone: string): ActiveFilter[] {
  const chips: ActiveFilter[] = []
  for (const param of FILTER_PARAMS) {
    const value = search[param]
    const label = FILTER_LABELS[param]
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
        value: displayValue(param, value, timeZone),
        removal: () => ({ [param]: DEFAULT_SEARCH[param] }),
      })
    }
  }
  return chips
}

function displayValue(param: FilterParam, value: string | boolean, timeZone: string): string {
  if (isBooleanFilter(param)) return value ? 'yes' : 'no'
  if (param === 'created_from' || param === 'created_to') {
    return formatDateTime(String(value), timeZone)
  }
  return String(value)
}

/** The number on the "Filters (N)" button: filters set, counting each list as one. */
export function countActiveFilters(search: SessionsSearch): number {
  return FILTER_PARAMS.filter((param) => {
    const value = search[param]
    return Array.isArray(value) ? value.length > 0 : value !== null
  }).length
}

/** The change "Clear all" makes: every filter back to its default, sort and page size kept. */
export const CLEAR_ALL_FILTERS: Partial<SessionsSearch> = Object.fromEntries(
  FILTER_PARAMS.map((param) => [param, DEFAULT_SEARCH[param]]),
)
