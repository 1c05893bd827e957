import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useState, useSyncExternalStore } from 'react'
import { sessionKeys } from '../api/keys.ts'
import type { SessionsPage } from '../api/sessions-page.ts'
import { KNOWN_STATUSES } from './filter-labels.ts'

/** Values met on the pages loaded so far, offered as suggestions by the filter controls. */
export interface SeenValues {
  statuses: string[]
  tags: string[]
  domains: string[]
  batchIds: string[]
  profileNames: string[]
}

/** Reads every cached list page. The API publishes no list of statuses, tags or domains. */
export function collectSeenValues(pages: readonly (SessionsPage | undefined)[]): SeenValues {
  const statuses = new Set<string>(KNOWN_STATUSES)
  const tags = new Set<string>()
  const domains = new Set<string>()
  const batchIds = new Set<string>()
  const profileNames = new Set<string>()
  for (const page of pages) {
    for (const session of page?.sessions ?? []) {
      if (session.status) statuses.add(session.status)
      session.tags?.forEach((tag) => tags.add(tag))
      session.domains?.forEach((domain) => domains.add(domain))
      if (session.batchId) batchIds.add(session.batchId)
      if (session.profileName) profileNames.add(session.profileName)
    }
  }
  const sorted = (values: Set<string>) => [...values].sort((a, b) => a.localeCompare(b))
  return {
    statuses: sorted(statuses),
    tags: sorted(tags),
    domains: sorted(domains),
    batchIds: sorted(batchIds),
    profileNames: sorted(profileNames),
  }
}

/** Recomputes only when a list page arrives, not on every cache event (there are many). */
function createSeenValuesStore(queryClient: QueryClient) {
  const read = () =>
    collectSeenValues(
      queryClient
        .getQueriesData<SessionsPage>({ queryKey: sessionKeys.pages })
        .map(([, data]) => data),
    )
  let snapshot = read()
  return {
    getSnapshot: () => snapshot,
    subscribe: (notify: () => void) =>
      queryClient.getQueryCache().subscribe((event) => {
        const isPage = event.query.queryKey[1] === sessionKeys.pages[1]
        if (isPage && event.type === 'updated' && event.action.type === 'success') {
          snapshot = read()
          notify()
        }
      }),
  }
}

export function useSeenValues(): SeenValues {
  const queryClient = useQueryClient()
  const [store] = useState(() => createSeenValuesStore(queryClient))
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}
