import { useCallback, useSyncExternalStore } from 'react'
import { onStoredChange, readStored, writeStored, type StorageKey } from './browser-storage.ts'

const ON = 'open'
const listeners = new Set<() => void>()

function subscribeTo(key: StorageKey) {
  return (listener: () => void) => {
    listeners.add(listener)
    const stopWatchingTabs = onStoredChange(key, listener)
    return () => {
      listeners.delete(listener)
      stopWatchingTabs()
    }
  }
}

/**
 * A yes/no view preference kept in this browser, the same in every component that reads it
 * and in every tab. The server cannot know it: it renders `false`, and the browser shows the
 * stored choice right after hydrating (useSyncExternalStore's server snapshot).
 */
export function useStoredFlag(key: StorageKey): [boolean, (on: boolean) => void] {
  const subscribe = useCallback((listener: () => void) => subscribeTo(key)(listener), [key])
  const on = useSyncExternalStore(
    subscribe,
    () => readStored(key) === ON,
    () => false,
  )
  const set = useCallback(
    (next: boolean) => {
      writeStored(key, next ? ON : null)
      listeners.forEach((listener) => listener())
    },
    [key],
  )
  return [on, set]
}
