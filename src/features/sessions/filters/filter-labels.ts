import type { BooleanFilter } from '../../../../contract/anchor-api.ts'
import type { FilterParam } from '../search-params.ts'

/** How each filter is named to people, in the panel and on the active-filter chips. */
export const FILTER_LABELS: Record<FilterParam, string> = {
  search: 'Tag search',
  status: 'Status',
  tags: 'Tag',
  domains: 'Domain',
  created_from: 'Created from',
  created_to: 'Created to',
  batch_id: 'Batch ID',
  task_initiated: 'Task initiated',
  playground: 'Playground',
  proxy: 'Proxy',
  extra_stealth: 'Extra stealth',
  profile_name: 'Profile',
}

export const BOOLEAN_LABELS: Record<BooleanFilter, string> = {
  task_initiated: 'Started by a task',
  playground: 'Playground session',
  proxy: 'Proxy active',
  extra_stealth: 'Extra stealth',
}

/** Statuses the API is known to send; the set is open, so more are gathered as pages load. */
export const KNOWN_STATUSES = ['completed', 'failed', 'running', 'terminated'] as const
