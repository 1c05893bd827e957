/**
 * What the dashboard keeps in this browser (localStorage): personal view preferences, never
 * what a shared link shows. Every key is declared here, versioned so that a future format can
 * start fresh; reading and writing never throw (storage can be full, blocked or corrupt).
 */
export const STORAGE_KEYS = {
  /** The zone times are shown in: `local` (the browser's) or an IANA name. */
  timeZone: 'anchor-sessions.time-zone.v1',
  /** The table's shown columns: `{ [columnId]: boolean }`. */
  columns: 'anchor-sessions.columns.v1',
  /** The widths the person gave the table's columns, in px: `{ [columnId]: number }`. */
  columnWidths: 'anchor-sessions.column-widths.v1',
  /** Whether the credits chart and breakdowns are open below the table: `open` or absent. */
  creditsDetails: 'anchor-sessions.credits-details.v1',
} as const

export type StorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS]

/** localStorage, or null where reading it throws (blocked cookies, sandboxed frames). */
function safeStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage
  } catch {
    return null
  }
}

/** The text stored under `key`, or null when there is none or storage cannot be read. */
export function readStored(key: StorageKey): string | null {
  try {
    return safeStorage()?.getItem(key) ?? null
  } catch {
    return null
  }
}

/** Stores `value` under `key` (null removes it); a full or blocked storage keeps it for now only. */
export function writeStored(key: StorageKey, value: string | null): void {
  try {
    const storage = safeStorage()
    if (value === null) storage?.removeItem(key)
    else storage?.setItem(key, value)
  } catch {
    // The choice lasts for this visit only.
  }
}

/** Calls `listener` when another tab of this browser changes `key`. */
export function onStoredChange(key: StorageKey, listener: () => void): () => void {
  if (typeof window === 'undefined') return () => {}
  const handle = (event: StorageEvent) => {
    if (event.key === key || event.key === null) listener()
  }
  window.addEventListener('storage', handle)
  return () => window.removeEventListener('storage', handle)
}
