/**
 * The queryable data set: the columns plus what every request would otherwise recompute —
 * one ascending order of positions per sort field, built once at start-up. A descending
 * page walks the same order backwards, so desc is the exact reverse of asc, ties included.
 */
import type { SortField } from '../../contract/anchor-api.ts'
import type { SessionColumns } from './columns.ts'
import type { IdCodec } from './ids.ts'
import { API_KEYS, PROFILES, RUNNING, TAGS } from './vocabulary.ts'

/** Positions are packed into the low 21 bits of a float key, so this is the largest data set. */
export const MAX_SESSIONS = 2 ** 21
const POSITION_SPAN = 2 ** 21

export interface EmulatorStore {
  columns: SessionColumns
  ids: IdCodec
  /** Positions in ascending order of each field; `created_at` order is the position order. */
  orders: Record<Exclude<SortField, 'created_at'>, Uint32Array>
  batchByName: Map<string, number>
  foldedTags: string[]
  foldedProfiles: string[]
}

/**
 * Case folding for the case-insensitive filters. toLowerCase (not toLocaleLowerCase) so the
 * result never depends on the server's locale; NFC so a composed and a decomposed "ü" agree.
 */
export function fold(text: string): string {
  return text.normalize('NFC').toLowerCase()
}

/**
 * Positions sorted by an integer key in [0, 2^32), ties by position. Sorting packed float64
 * keys natively is an order of magnitude faster than a comparator sort over a million items.
 */
function orderBy(count: number, keyOf: (position: number) => number): Uint32Array {
  const packed = new Float64Array(count)
  for (let i = 0; i < count; i++) packed[i] = keyOf(i) * POSITION_SPAN + i
  packed.sort()
  const order = new Uint32Array(count)
  for (let i = 0; i < count; i++) order[i] = (packed[i] ?? 0) % POSITION_SPAN
  return order
}

/** Ids never tie, and their sort key maps back to the position, so no packing is needed. */
function orderByIds(count: number, ids: IdCodec): Uint32Array {
  const keys = new Uint32Array(count)
  for (let i = 0; i < count; i++) keys[i] = ids.sortKey(i)
  keys.sort()
  for (let i = 0; i < count; i++) keys[i] = ids.positionOfKey(keys[i] ?? 0)
  return keys
}

const API_KEYS_SORTED = [...API_KEYS].sort(new Intl.Collator('en').compare)
const API_KEY_RANK = API_KEYS.map((name) => API_KEYS_SORTED.indexOf(name))

export function checkSessionCount(count: number): void {
  if (!Number.isInteger(count) || count < 0 || count > MAX_SESSIONS) {
    throw new RangeError(`sessions must be an integer from 0 to ${MAX_SESSIONS}, got ${count}`)
  }
}

/** Indexes columns for querying: the sort orders of a data set as it stands (snapshot.ts). */
export function indexStore(columns: SessionColumns, ids: IdCodec): EmulatorStore {
  const { count, status, creditCents, apiKey } = columns
  checkSessionCount(count)
  return {
    columns,
    ids,
    orders: {
      session_id: orderByIds(count, ids),
      // A running session's "N/A" sorts below every number: first in asc, last in desc.
      used_credits: orderBy(count, (i) => (status[i] === RUNNING ? 0 : (creditCents[i] ?? 0) + 1)),
      api_key_name: orderBy(count, (i) => API_KEY_RANK[apiKey[i] ?? 0] ?? 0),
    },
    batchByName: new Map(columns.batchIds.map((id, index) => [id, index + 1])),
    foldedTags: TAGS.map(fold),
    foldedProfiles: PROFILES.map(fold),
  }
}

/** The first position created at or after `ms`. */
export function firstAtOrAfter(createdAt: Float64Array, ms: number): number {
  let low = 0
  let high = createdAt.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if ((createdAt[mid] ?? 0) < ms) low = mid + 1
    else high = mid
  }
  return low
}

/** The first position created strictly after `ms`. */
export function firstAfter(createdAt: Float64Array, ms: number): number {
  let low = 0
  let high = createdAt.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if ((createdAt[mid] ?? 0) <= ms) low = mid + 1
    else high = mid
  }
  return low
}
