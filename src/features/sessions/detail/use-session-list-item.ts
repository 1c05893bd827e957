import { useQuery, useQueryClient } from '@tanstack/react-query'
import { sessionKeys } from '../api/keys.ts'
import type { Session } from '../api/session-model.ts'
import { sessionsPageQuery } from '../api/sessions-page-query.ts'
import type { SessionsPage } from '../api/sessions-page.ts'
import { DEFAULT_SEARCH } from '../search-params.ts'

/**
 * The list's view of one session (API key, domains, browser IP, task fields...), which the
 * detail endpoint does not send. Taken from any cached list page when the person came from the
 * list; on a deep link, looked up with the list's own filter on the exact creation instant the
 * detail endpoint gave, which matches this session (and, rarely, a twin born the same ms).
 */
export function useSessionListItem(id: string, createdAt: string | null) {
  const queryClient = useQueryClient()
  const cached = queryClient
    .getQueriesData<SessionsPage>({ queryKey: sessionKeys.pages })
    .flatMap(([, page]) => page?.sessions ?? [])
    .find((session) => session.id === id)

  const lookup = useQuery({
    ...sessionsPageQuery({
      ...DEFAULT_SEARCH,
      limit: 50,
      created_from: createdAt,
      created_to: createdAt,
    }),
    enabled: !cached && createdAt !== null,
    placeholderData: undefined,
  })

  const item: Session | null =
    cached ?? lookup.data?.sessions.find((session) => session.id === id) ?? null
  return { item, isLoading: !cached && lookup.isLoading }
}
