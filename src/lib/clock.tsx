import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react'
import { isTimeZone } from '../../contract/server-render.ts'
import { onStoredChange, readStored, STORAGE_KEYS, writeStored } from './browser-storage.ts'
import { systemTimeZone } from './date-time.ts'
import { upstreamNow } from './upstream-clock.ts'

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

/** The person's choice of zone: their browser's own, or a named one (remembered here). */
export type ZoneChoice = 'local' | (string & {})

const zoneListeners = new Set<() => void>()

function readZoneChoice(): ZoneChoice {
  const stored = readStored(STORAGE_KEYS.timeZone)
  return stored && stored !== 'local' && isTimeZone(stored) ? stored : 'local'
}

/** The zone a choice names: the browser's own for `local`. */
export const zoneOf = (choice: ZoneChoice) => (choice === 'local' ? systemTimeZone() : choice)

export function setZoneChoice(choice: ZoneChoice): void {
  writeStored(STORAGE_KEYS.timeZone, choice === 'local' ? null : choice)
  zoneListeners.forEach((listener) => listener())
}

/** The zone the person chose, outside React (the cookie that tells the server). */
export const chosenZone = () => zoneOf(readZoneChoice())

export function subscribeToZone(listener: () => void) {
  zoneListeners.add(listener)
  const stopWatchingTabs = onStoredChange(STORAGE_KEYS.timeZone, listener)
  return () => {
    zoneListeners.delete(listener)
    stopWatchingTabs()
  }
}

/** The zone the person chose (see useTimeZone for the zone a part of the page shows). */
export function useZoneChoice(): ZoneChoice {
  return useSyncExternalStore(subscribeToZone, readZoneChoice, () => 'local')
}

/**
 * Shows the times of `children` in `zone` whatever the person chose: a shared link may carry
 * the zone its sender saw it in. Null leaves the choice in force.
 */
export const TimeZoneOverride = ({
  zone,
  children,
}: {
  zone: string | null
  children: ReactNode
}) =>
  zone ? <OverrideContext.Provider value={zone}>{children}</OverrideContext.Provider> : children

const OverrideContext = createContext<string | null>(null)

/**
 * The zone to show times in: a link's zone where it names one, else the person's choice. While
 * the browser hydrates a server-rendered page, the zone that page was rendered in.
 */
export function useTimeZone(): string {
  const override = useContext(OverrideContext)
  const rendered = useContext(RenderedClockContext)
  const chosen = useSyncExternalStore(
    subscribeToZone,
    chosenZone,
    () => rendered?.timeZone ?? systemTimeZone(),
  )
  return override ?? chosen
}

/** How often "now" moves on: ages ("5m ago") are shown to the minute. */
const TICK_MS = 30_000

let now = upstreamNow()
const listeners = new Set<() => void>()
let ticker: ReturnType<typeof setInterval> | undefined

function tick() {
  now = upstreamNow()
  listeners.forEach((listener) => listener())
}

function subscribeToNow(listener: () => void) {
  listeners.add(listener)
  if (!ticker) {
    // Nobody watched the clock for a while: catch up before the first tick.
    now = upstreamNow()
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

/**
 * Epoch ms by the sessions' source's clock (lib/upstream-clock.ts), moving on every 30 s; the
 * server's moment while hydrating what it rendered.
 */
export function useNow(): number {
  const rendered = useContext(RenderedClockContext)
  return useSyncExternalStore(
    subscribeToNow,
    () => now,
    () => rendered?.now ?? now,
  )
}
