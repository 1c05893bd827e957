import {
  createContext,
  useContext,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react'
import { useTimeZone } from '../../lib/clock.tsx'
import { upstreamNow } from '../../lib/upstream-clock.ts'
import { resolveCreatedRange, type SessionsSearch } from './search-params.ts'

/**
 * The moment the list resolves its relative times against: "as of" when "the last 7 days" are
 * the last 7 days. One per page, shared by every part of the list, so they all ask for the same
 * pages; it moves on only when the filters change, the list refreshes itself, or the person asks
 * (live.ts), so that paging through a relative range never shifts its rows.
 */
export interface ListClock {
  asOf: () => number
  /** Moves "as of" to `time` (now, by default). */
  advance: (time?: number) => void
  subscribe: (listener: () => void) => () => void
}

export function createListClock(asOf: number): ListClock {
  let current = asOf
  const listeners = new Set<() => void>()
  return {
    asOf: () => current,
    advance: (time = upstreamNow()) => {
      if (time === current) return
      current = time
      listeners.forEach((listener) => listener())
    },
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

const ListClockContext = createContext<ListClock | null>(null)

/**
 * Around the app. `renderedAt` is the moment of a server render being hydrated, so the browser
 * resolves the same times the server did and asks for the pages it already has.
 */
export function ListClockProvider({
  renderedAt,
  children,
}: {
  renderedAt: number | null
  children: ReactNode
}) {
  const [clock] = useState(() => createListClock(renderedAt ?? upstreamNow()))
  return <ListClockContext.Provider value={clock}>{children}</ListClockContext.Provider>
}

export function useListClock(): ListClock {
  const clock = useContext(ListClockContext)
  if (!clock) throw new Error('useListClock needs a ListClockProvider around the app')
  return clock
}

/** Epoch ms the list's relative times are resolved at; renders again when it moves. */
export function useListAsOf(): number {
  const clock = useListClock()
  return useSyncExternalStore(clock.subscribe, clock.asOf, clock.asOf)
}

/**
 * The search as the API is asked it: relative ends of the created range resolved at the list's
 * "as of", in the zone times are shown in. Links keep `search` itself.
 */
export function useResolvedSearch(search: SessionsSearch): SessionsSearch {
  const asOf = useListAsOf()
  const zone = useTimeZone()
  return useMemo(() => resolveCreatedRange(search, asOf, zone), [search, asOf, zone])
}
