import { formatUtc } from '../../../lib/format.ts'
import {
  DEFAULT_SEARCH,
  FILTER_PARAMS,
  type FilterParam,
  type SessionsSearch,
} from '../search-params.ts'

const LABELS: Record<FilterParam, string> = {
  search: 'tag search',
  status: 'status',
  tags: 'tags',
  domains: 'domains',
  created_from: 'created from',
  created_to: 'created to',
  batch_id: 'batch',
  task_initiated: 'task initiated',
  playground: 'playground',
  proxy: 'proxy',
  extra_stealth: 'extra stealth',
  profile_name: 'profile',
}

/** The active filters in words, e.g. `tags: production, checkout`, for the empty state. */
export function describeFilters(search: SessionsSearch): string[] {
  const parts: string[] = []
  for (const name of FILTER_PARAMS) {
    const value = search[name]
    if (value === null || (Array.isArray(value) && value.length === 0)) continue
    let text: string
    if (Array.isArray(value)) text = value.join(', ')
    else if (typeof value === 'boolean') text = value ? 'yes' : 'no'
    else if (name === 'created_from' || name === 'created_to') text = formatUtc(value)
    else text = String(value)
    parts.push(`${LABELS[name]}: ${text}`)
  }
  return parts
}

/** Every filter back at its default, keeping page size and sort. */
export const CLEARED_FILTERS: Partial<SessionsSearch> = Object.fromEntries(
  FILTER_PARAMS.map((name) => [name, DEFAULT_SEARCH[name]]),
)
