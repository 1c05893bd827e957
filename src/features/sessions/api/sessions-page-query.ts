import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { encodeSearch, type SessionsSearch } from '../search-params.ts'
import { sessionKeys } from './keys.ts'
import { fetchSessionsPage } from './sessions-page.ts'

/** One page of the list. The key holds the exact request, so URL, key and request agree. */
export function sessionsPageQuery(search: SessionsSearch) {
  return queryOptions({
    queryKey: sessionKeys.page(encodeSearch(search, 'api').toString()),
    queryFn: ({ signal }) => fetchSessionsPage(search, signal),
    placeholderData: keepPreviousData,
  })
}
