import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react'
import { systemTimeZone } from './date-time.ts'

/**
 * The time zone and the "now" the page shows times with. A page rendered on the server was
 * rendered in some zone (the one the browser reported last time, or UTC) at some moment; the
 * browser's first render (hydration) must produce the very same text, so it reads both from
 * what the server says it used. React then renders again with the browser's own zone and
 * clock where they differ (useSyncExternalStore's server snapshot does exactly this).
 */
export interface RenderedClock {
  timeZone: string
  now: number
}

const RenderedClockContext = createContext<RenderedClock | null>(null)

/** Around a tree rendered on the server, and around the same tree when the browser hydrates it. */
export function RenderedClockProvider({
  clock,
  children,
}: {
  clock: RenderedClock | null
  children: ReactNode
}) {
  return <RenderedClockContext.Provider value={clock}>{children}</RenderedClockContext.Provider>
}

const noSubscription = () => () => {}

/** The zone to show times in: the browser's, except while hydrating a server-rendered page. */
export function useTimeZone(): string {
  const rendered = useContext(RenderedClockContext)
  return useSyncExternalStore(
    noSubscription,
    systemTimeZone,
    () => rendered?.timeZone ?? systemTimeZone(),
  )
}

/** How often "now" moves on: ages ("5m ago") are shown to the minute. */
const TICK_MS = 30_000

let now = Date.now()
const listeners = new Set<() => void>()
let ticker: ReturnType<typeof setInterval> | undefined

function tick() {
  now = Date.now()
  listeners.forEach((listener) => listener())
}

function subscribeToNow(listener: () => void) {
  listeners.add(listener)
  if (!ticker) {
    // Nobody watched the clock for a while: catch up before the first tick.
    now = Date.now()
    ticker = setInterval(tick, TICK_MS)
  }
  return () => {
    listeners.delete(listener)
    if (!listeners.size) {
      clearInterval(ticker)
      ticker = undefined
    }
  }
}

/** Epoch ms, moving on every 30 s; the server's moment while hydrating what it rendered. */
export function useNow(): number {
  const rendered = useContext(RenderedClockContext)
  return useSyncExternalStore(
    subscribeToNow,
    () => now,
    () => rendered?.now ?? now,
  )
}
