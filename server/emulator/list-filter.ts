/**
 * A ListQuery compiled against the store's vocabulary into integer tests, so that scanning a
 * million positions is a handful of typed-array reads and bit operations per session. A term
 * that cannot match anything (an unknown tag, status or batch) makes the whole filter empty.
 */
import { FLAG } from './columns.ts'
import type { ListQuery } from './list-query.ts'
import { firstAfter, firstAtOrAfter, fold, type EmulatorStore } from './store.ts'
import { DOMAINS, STATUSES, TAGS } from './vocabulary.ts'

export interface CompiledFilter {
  /** Nothing can match: skip the scan. */
  empty: boolean
  /** Only the created range filters: every position in it matches, no scan needed. */
  rangeOnly: boolean
  /** Position range [from, to) given by created_from / created_to. */
  from: number
  to: number
  /** Index into STATUSES, or -1 for any. */
  status: number
  /** Batch number, or -1 for any. */
  batch: number
  /** The boolean filters in one test: (flags & flagMask) === flagValue. */
  flagMask: number
  flagValue: number
  tagsAll: number
  domainsAll: number
  /** One mask per search term: some tag of the session must be in it. */
  searchMasks: Int32Array
  /** 1 for each allowed profile number (0 = no profile); all 1 without profile_name. */
  profiles: Uint8Array
}

/** The mask of all `words` (exact), or -1 when one of them is not in the vocabulary. */
function exactMask(terms: string[], words: readonly string[]): number {
  let mask = 0
  for (const term of terms) {
    const index = words.indexOf(term)
    if (index < 0) return -1
    mask |= 1 << index
  }
  return mask
}

function substringMask(term: string, folded: readonly string[]): number {
  const needle = fold(term)
  let mask = 0
  folded.forEach((word, index) => {
    if (word.includes(needle)) mask |= 1 << index
  })
  return mask
}

function booleanFlags(q: ListQuery): { flagMask: number; flagValue: number } {
  let flagMask = 0
  let flagValue = 0
  const pairs: Array<[boolean | undefined, number]> = [
    [q.taskInitiated, FLAG.taskInitiated],
    [q.playground, FLAG.playground],
    [q.proxy, FLAG.proxy],
    [q.extraStealth, FLAG.extraStealth],
  ]
  for (const [wanted, bit] of pairs) {
    if (wanted === undefined) continue
    flagMask |= bit
    if (wanted) flagValue |= bit
  }
  return { flagMask, flagValue }
}

export function compileFilter(store: EmulatorStore, q: ListQuery): CompiledFilter {
  const c = store.columns
  const from = q.createdFrom === undefined ? 0 : firstAtOrAfter(c.createdAt, q.createdFrom)
  const to = q.createdTo === undefined ? c.count : firstAfter(c.createdAt, q.createdTo)
  const status = q.status === undefined ? -1 : STATUSES.indexOf(q.status as never)
  const batch = q.batchId === undefined ? -1 : (store.batchByName.get(q.batchId) ?? 0)
  const tagsAll = exactMask(q.tags, TAGS)
  const domainsAll = exactMask(q.domains, DOMAINS)
  const searchMasks = q.search.map((term) => substringMask(term, store.foldedTags))
  const profiles = new Uint8Array(store.foldedProfiles.length + 1).fill(1)
  if (q.profileName !== undefined) {
    const needle = fold(q.profileName)
    profiles[0] = 0
    store.foldedProfiles.forEach((name, index) => {
      profiles[index + 1] = name.includes(needle) ? 1 : 0
    })
  }
  const { flagMask, flagValue } = booleanFlags(q)
  const empty =
    from >= to ||
    (q.status !== undefined && status < 0) ||
    batch === 0 ||
    tagsAll < 0 ||
    domainsAll < 0 ||
    searchMasks.includes(0) ||
    !profiles.includes(1)
  const rangeOnly =
    flagMask === 0 &&
    status < 0 &&
    batch < 0 &&
    tagsAll === 0 &&
    domainsAll === 0 &&
    searchMasks.length === 0 &&
    q.profileName === undefined
  return {
    empty,
    rangeOnly,
    from,
    to,
    status,
    batch,
    flagMask,
    flagValue,
    tagsAll,
    domainsAll,
    searchMasks: Int32Array.from(searchMasks),
    profiles,
  }
}

/**
 * Marks (1) the positions in [from, to) that pass the filter and returns how many do. One
 * monomorphic loop over the columns in position order: sequential reads, no calls.
 */
export function markMatches(store: EmulatorStore, f: CompiledFilter, marks: Uint8Array): number {
  const { flags, status, batch, tags, domains, profile } = store.columns
  const { flagMask, flagValue, tagsAll, domainsAll, searchMasks, profiles } = f
  const terms = searchMasks.length
  let total = 0
  for (let i = f.from; i < f.to; i++) {
    const sessionTags = tags[i]!
    let ok =
      (flags[i]! & flagMask) === flagValue &&
      (f.status < 0 || status[i] === f.status) &&
      (f.batch < 0 || batch[i] === f.batch) &&
      (sessionTags & tagsAll) === tagsAll &&
      (domains[i]! & domainsAll) === domainsAll &&
      profiles[profile[i]!] === 1
    for (let t = 0; ok && t < terms; t++) ok = (sessionTags & searchMasks[t]!) !== 0
    if (ok) {
      marks[i] = 1
      total++
    }
  }
  return total
}
