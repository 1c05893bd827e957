import { useCallback, useSyncExternalStore } from 'react'
import { readStored, STORAGE_KEYS, writeStored } from '../../../lib/browser-storage.ts'

/** The narrowest and widest a person can make a column, in px. */
export const COLUMN_WIDTH_LIMITS = { min: 48, max: 640 } as const

export type ColumnWidths = Readonly<Record<string, number>>

const NONE: ColumnWidths = {}
let chosen: ColumnWidths | null = null
const listeners = new Set<() => void>()

/** The stored widths; anything unreadable is ignored, never fatal. */
function readWidths(): ColumnWidths {
  if (chosen) return chosen
  let stored: unknown = null
  try {
    stored = JSON.parse(readStored(STORAGE_KEYS.columnWidths) ?? 'null')
  } catch {
    // Corrupt: the default widths.
  }
  const widths: Record<string, number> = {}
  if (stored && typeof stored === 'object' && !Array.isArray(stored)) {
    for (const [id, width] of Object.entries(stored)) {
      if (typeof width === 'number' && Number.isFinite(width)) widths[id] = clampWidth(width)
    }
  }
  chosen = widths
  return chosen
}

export const clampWidth = (width: number) =>
  Math.round(Math.min(COLUMN_WIDTH_LIMITS.max, Math.max(COLUMN_WIDTH_LIMITS.min, width)))

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * The widths the person gave columns, remembered in this browser beside the column choice.
 * The server renders the default widths; the browser shows the stored ones once hydrated.
 */
export function useColumnWidths() {
  const widths = useSyncExternalStore(subscribe, readWidths, () => NONE)
  const setWidth = useCallback((id: string, width: number | null) => {
    const next = { ...readWidths() }
    if (width === null) delete next[id]
    else next[id] = clampWidth(width)
    chosen = next
    writeStored(STORAGE_KEYS.columnWidths, JSON.stringify(next))
    listeners.forEach((listener) => listener())
  }, [])
  const resetWidths = useCallback(() => {
    chosen = NONE
    writeStored(STORAGE_KEYS.columnWidths, null)
    listeners.forEach((listener) => listener())
  }, [])
  return { widths, setWidth, resetWidths }
}
