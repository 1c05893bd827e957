import type { ColumnVisibilityState } from '@tanstack/react-table'
import { STORAGE_KEYS } from '../../../lib/browser-storage.ts'

/**
 * The column choice is a personal view preference, kept in this browser (localStorage), not
 * in the URL: a shared link says *which* sessions to look at, and the person opening it keeps
 * their own way of looking at them.
 */
const COLUMN_STORAGE_KEY = STORAGE_KEYS.columns

/**
 * Reads the stored choice on top of the defaults. Anything unreadable (corrupt JSON, wrong
 * types, columns that no longer exist) is ignored, never fatal; columns added since the choice
 * was stored get their default.
 */
export function readColumnVisibility(
  defaults: ColumnVisibilityState,
  storage: Pick<Storage, 'getItem'> | null = safeStorage(),
): ColumnVisibilityState {
  let stored: unknown
  try {
    stored = JSON.parse(storage?.getItem(COLUMN_STORAGE_KEY) ?? 'null')
  } catch {
    return { ...defaults }
  }
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return { ...defaults }
  const result = { ...defaults }
  for (const [id, visible] of Object.entries(stored)) {
    if (Object.hasOwn(defaults, id) && typeof visible === 'boolean') result[id] = visible
  }
  return result
}

export function writeColumnVisibility(
  visibility: ColumnVisibilityState,
  storage: Pick<Storage, 'setItem'> | null = safeStorage(),
): void {
  try {
    storage?.setItem(COLUMN_STORAGE_KEY, JSON.stringify(visibility))
  } catch {
    // Storage full or blocked (private mode): the choice lasts for this visit only.
  }
}

/** localStorage, or null where reading it throws (blocked cookies, sandboxed frames). */
function safeStorage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}
