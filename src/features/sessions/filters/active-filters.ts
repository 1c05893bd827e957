import {
  DEFAULT_SEARCH,
  FILTER_NAMES,
  type FilterName,
  type SessionsSearch,
} from '../search-params.ts'
import { filterSpec } from '../search-registry.ts'
import { describeRange } from './date-range.ts'

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
    if (control.kind === 'created-range') {
      // One chip for the range, said the way the range control says it ("Last 7 days").
      const range = { from: search.created_from, to: search.created_to }
      const shown = control.end === 'from' ? describeRange(range, timeZone) : null
      if (shown) {
        const removal = () => ({ created_from: null, created_to: null })
        chips.push({ key: 'created', param, label: 'Created', value: shown, removal })
      }
    } else if (Array.isArray(value)) {
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
        value: typeof value === 'boolean' ? (value ? 'yes' : 'no') : value,
        removal: () => ({ [param]: DEFAULT_SEARCH[param] }),
      })
    }
  }
  return chips
}
