import { queryOptions } from '@tanstack/react-query'
import { fetchDashboardMeta } from '../../lib/upstream-clock.ts'

/** Which upstream the server's proxy talks to; the key itself never leaves the server. */
export const metaQuery = queryOptions({
  queryKey: ['meta'] as const,
  queryFn: ({ signal }) => fetchDashboardMeta(signal),
  staleTime: Infinity,
})
