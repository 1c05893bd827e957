import { queryOptions } from '@tanstack/react-query'
import { readObject } from '../../lib/coerce.ts'
import { getJson } from '../../lib/http.ts'
import type { DashboardMeta } from '../../../contract/dashboard-api.ts'

/** Which upstream the server's proxy talks to; the key itself never leaves the server. */
export const metaQuery = queryOptions({
  queryKey: ['meta'] as const,
  queryFn: async ({ signal }): Promise<DashboardMeta> => {
    const body = readObject(await getJson('/api/meta', signal))
    return { mode: body?.mode === 'live' ? 'live' : 'emulator' }
  },
  staleTime: Infinity,
})
