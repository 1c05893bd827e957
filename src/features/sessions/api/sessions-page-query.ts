import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { encodeSearch, type SessionsSearch } from '../search-params.ts'
import { sessionKeys } from './keys.ts'
import { fetchSessionsPage } from './sessions-page.ts'

/**
 * One page of the list. The key holds the exact request, so URL, key and request agree; a
 * relative range is resolved first (see useResolvedSearch), so the key names the instants it
 * was resolved to and a page of "the last hour" from an hour ago is never taken for this one.
 */
export function sessionsPageQuery(search: SessionsSearch) {
  return queryOptions({
    queryKey: sessionKeys.page(encodeSearch(search, 'api').toString()),
    queryFn: ({ signal }) => fetchSessionsPage(search, signal),
    placeholderData: keepPreviousData,
  })
}
