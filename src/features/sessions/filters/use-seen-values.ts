import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useState, useSyncExternalStore } from 'react'
import { KNOWN_STATUSES } from '../../../components/status-badge.tsx'
import { afterNextPaint } from '../../../lib/after-next-paint.ts'
import { sessionKeys } from '../api/keys.ts'
import type { SessionsPage } from '../api/sessions-page.ts'

const SEEN_KEYS = ['statuses', 'tags', 'domains', 'batchIds', 'profileNames'] as const
/** A kind of value met in sessions, which a filter control may offer (see search-registry.ts). */
export type SuggestionSource = (typeof SEEN_KEYS)[number]

/** Values met on the pages loaded so far, offered as suggestions by the filter controls. */
export type SeenValues = Record<SuggestionSource, string[]>
type ValueSets = Record<SuggestionSource, Set<string>>

// Each page's values are read from its sessions once: pages arrive one at a time, and reading
// every session of every cached page again on each arrival was the top cost of a page change.
const valuesByPage = new WeakMap<SessionsPage, ValueSets>()

function valuesOfPage(page: SessionsPage): ValueSets {
  let values = valuesByPage.get(page)
  if (values) return values
  values = {
    statuses: new Set(),
    tags: new Set(),
    domains: new Set(),
    batchIds: new Set(),
    profileNames: new Set(),
  }
  for (const session of page.sessions) {
    if (session.status) values.statuses.add(session.status)
    session.tags?.forEach((tag) => values.tags.add(tag))
    session.domains?.forEach((domain) => values.domains.add(domain))
    if (session.batchId) values.batchIds.add(session.batchId)
    if (session.profileName) values.profileNames.add(session.profileName)
  }
  valuesByPage.set(page, values)
  return values
}

function unionOf(pages: readonly (SessionsPage | undefined)[]): ValueSets {
  const union: ValueSets = {
    // The statuses the API is known to send; the set is open, so more are gathered as pages load.
    statuses: new Set(KNOWN_STATUSES),
    tags: new Set(),
    domains: new Set(),
    batchIds: new Set(),
    profileNames: new Set(),
  }
  for (const page of pages) {
    if (!page) continue
    const values = valuesOfPage(page)
    for (const key of SEEN_KEYS) values[key].forEach((value) => union[key].add(value))
  }
  return union
}

// The order of localeCompare, from one collator instead of one lookup per comparison.
const collator = new Intl.Collator()
const sorted = (values: Set<string>) => [...values].sort(collator.compare)

function sortedValues(union: ValueSets): SeenValues {
  return {
    statuses: sorted(union.statuses),
    tags: sorted(union.tags),
    domains: sorted(union.domains),
    batchIds: sorted(union.batchIds),
    profileNames: sorted(union.profileNames),
  }
}

/** Reads every cached list page. The API publishes no list of statuses, tags or domains. */
export function collectSeenValues(pages: readonly (SessionsPage | undefined)[]): SeenValues {
  return sortedValues(unionOf(pages))
}

const sameValues = (union: ValueSets, seen: SeenValues) =>
  SEEN_KEYS.every(
    (key) => seen[key].length === union[key].size && seen[key].every((v) => union[key].has(v)),
  )

/**
 * Recomputes only when a list page arrives, not on every cache event (there are many), and
 * tells the panel only when the values changed: most pages bring nothing new, and each telling
 * re-renders the whole filter panel. It tells after the next paint: suggestions can wait, the
 * rows of the page that brought them cannot.
 */
function createSeenValuesStore(queryClient: QueryClient) {
  const cachedUnion = () =>
    unionOf(
      queryClient
        .getQueriesData<SessionsPage>({ queryKey: sessionKeys.pages })
        .map(([, data]) => data),
    )
  let snapshot = sortedValues(cachedUnion())
  return {
    getSnapshot: () => snapshot,
    subscribe: (notify: () => void) => {
      let cancelPending: (() => void) | null = null
      const update = () => {
        cancelPending = null
        const union = cachedUnion()
        if (sameValues(union, snapshot)) return
        snapshot = sortedValues(union)
        notify()
      }
      const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
        const isPage = event.query.queryKey[1] === sessionKeys.pages[1]
        if (isPage && event.type === 'updated' && event.action.type === 'success') {
          cancelPending ??= afterNextPaint(update)
        }
      })
      return () => {
        cancelPending?.()
        unsubscribe()
      }
    },
  }
}

export function useSeenValues(): SeenValues {
  const queryClient = useQueryClient()
  const [store] = useState(() => createSeenValuesStore(queryClient))
  // The server renders from the same cache the browser hydrates with: one snapshot fits both.
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot)
}
