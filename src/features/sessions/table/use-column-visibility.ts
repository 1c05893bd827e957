import type { ColumnVisibilityState, Updater } from '@tanstack/react-table'
import { useCallback, useSyncExternalStore } from 'react'
import { DEFAULT_COLUMN_VISIBILITY } from './columns.tsx'
import { readColumnVisibility, writeColumnVisibility } from './column-visibility-store.ts'

// This browser's choice, read once (see column-visibility-store), shared by every table.
let chosen: ColumnVisibilityState | null = null
const listeners = new Set<() => void>()

const readChoice = () => (chosen ??= readColumnVisibility(DEFAULT_COLUMN_VISIBILITY))
// The server cannot know the choice: it renders the default columns, the browser hydrates
// those, then shows its own choice (the server snapshot of useSyncExternalStore).
const defaultChoice = () => DEFAULT_COLUMN_VISIBILITY

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The table's column visibility, remembered in this browser (see column-visibility-store). */
export function useColumnVisibility() {
  const visibility = useSyncExternalStore(subscribe, readChoice, defaultChoice)
  const update = useCallback((updater: Updater<ColumnVisibilityState>) => {
    const current = readChoice()
    chosen = typeof updater === 'function' ? updater(current) : updater
    writeColumnVisibility(chosen)
    listeners.forEach((listener) => listener())
  }, [])
  return [visibility, update] as const
}
