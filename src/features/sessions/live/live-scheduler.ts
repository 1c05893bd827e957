/**
 * When a live view refreshes itself, free of React: one refresh at a time, every `intervalMs`
 * after the last one started; none while the person has paused it, the tab is hidden or the
 * view has nothing that could change; after a failure, the wait of the one retry policy
 * (lib/retry-policy.ts: Retry-After on a 429, doubling otherwise). Coming back (resume, tab
 * shown) refreshes at once when a refresh is overdue.
 */
import { liveRefreshDelayMs } from '../../../lib/retry-policy.ts'

export interface LiveStatus {
  /** The view has something that could change (a running session, a range open to now). */
  wanted: boolean
  paused: boolean
  hidden: boolean
  refreshing: boolean
  /** Local epoch ms of the last refresh that succeeded (or of the view's own load). */
  lastRefreshAt: number | null
  failures: number
  lastError: unknown
  /** Local epoch ms of the next refresh, or null when none is planned. */
  nextAt: number | null
}

export interface LiveScheduler {
  status: () => LiveStatus
  subscribe: (listener: () => void) => () => void
  setWanted: (wanted: boolean) => void
  setPaused: (paused: boolean) => void
  setHidden: (hidden: boolean) => void
  /** What a refresh does; a view sets it anew as what it shows changes. */
  setRefresh: (refresh: Refresh) => void
  /** The view was just loaded by other means (a new search): it counts as refreshed. */
  markFresh: () => void
  dispose: () => void
}

type Refresh = (signal: AbortSignal) => Promise<void>

export function createLiveScheduler(options: {
  intervalMs: number
  refresh?: Refresh
  now?: () => number
}): LiveScheduler {
  const { intervalMs } = options
  let refresh: Refresh = options.refresh ?? (async () => {})
  const now = options.now ?? Date.now
  const listeners = new Set<() => void>()
  let state: LiveStatus = {
    wanted: false,
    paused: false,
    hidden: false,
    refreshing: false,
    lastRefreshAt: null,
    failures: 0,
    lastError: null,
    nextAt: null,
  }
  let lastStartAt = now()
  let timer: ReturnType<typeof setTimeout> | undefined
  let inFlight: AbortController | undefined

  const set = (change: Partial<LiveStatus>) => {
    state = { ...state, ...change }
    listeners.forEach((listener) => listener())
  }

  const plan = () => {
    clearTimeout(timer)
    timer = undefined
    const { wanted, paused, hidden, refreshing, failures, lastError } = state
    if (!wanted || paused || hidden || refreshing) {
      if (state.nextAt !== null) set({ nextAt: null })
      return
    }
    const wait = failures > 0 ? liveRefreshDelayMs(lastError, failures, intervalMs) : intervalMs
    const nextAt = lastStartAt + wait
    timer = setTimeout(run, Math.max(0, nextAt - now()))
    set({ nextAt })
  }

  const run = async () => {
    lastStartAt = now()
    const controller = new AbortController()
    inFlight = controller
    set({ refreshing: true, nextAt: null })
    try {
      await refresh(controller.signal)
      if (controller.signal.aborted) return
      set({ refreshing: false, failures: 0, lastError: null, lastRefreshAt: now() })
    } catch (error) {
      if (controller.signal.aborted) return
      set({ refreshing: false, failures: state.failures + 1, lastError: error })
    }
    inFlight = undefined
    plan()
  }

  const stopInFlight = () => {
    inFlight?.abort()
    inFlight = undefined
    if (state.refreshing) set({ refreshing: false })
  }

  return {
    status: () => state,
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    setRefresh: (next) => {
      refresh = next
    },
    setWanted: (wanted) => {
      if (wanted === state.wanted) return
      set({ wanted })
      plan()
    },
    setPaused: (paused) => {
      if (paused === state.paused) return
      if (paused) stopInFlight()
      set({ paused })
      plan()
    },
    setHidden: (hidden) => {
      if (hidden === state.hidden) return
      if (hidden) stopInFlight()
      set({ hidden })
      plan()
    },
    markFresh: () => {
      stopInFlight()
      lastStartAt = now()
      set({ lastRefreshAt: lastStartAt, failures: 0, lastError: null })
      plan()
    },
    dispose: () => {
      clearTimeout(timer)
      inFlight?.abort()
      listeners.clear()
    },
  }
}
