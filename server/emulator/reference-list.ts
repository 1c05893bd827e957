/**
 * What `GET /v1/sessions` answers, parameter by parameter, in plain code over wire items: the
 * emulator's rules to read (shared/reference/anchor-api.md says what the provider documents;
 * where it is silent, these are our choices, listed in this folder's README).
 *
 * It is the reference, not the server: it reads every session on every call. The emulator
 * serves from a columnar engine built for a million sessions (store.ts, list-filter.ts,
 * list.ts), which reference-list.test.ts holds to this module on many random queries.
 */
import type {
  SessionHistoryItem,
  SessionListResponse,
  SortField,
} from '../../contract/anchor-api.ts'
import type { ListQuery } from './list-query.ts'
// Case folding for the case-insensitive filters: NFC, then toLowerCase (never a locale's).
import { fold } from './store.ts'

/** The shape of `user_configuration` the emulator sends, where the filterable settings live. */
interface UserConfiguration {
  session?: { batch_id?: string }
  browser?: { profile?: { name?: string }; extra_stealth?: { active?: boolean } }
  proxy?: { active?: boolean }
  playground?: boolean
}

/** The settings the list item has no field for, read from `user_configuration`. */
export function traits(item: SessionHistoryItem) {
  const config = item.user_configuration as UserConfiguration
  return {
    batchId: config.session?.batch_id,
    profileName: config.browser?.profile?.name,
    extraStealth: config.browser?.extra_stealth?.active === true,
    proxy: config.proxy?.active === true,
    playground: config.playground === true,
  }
}

/** `used_credits` as a number; a running session's "N/A" sorts below every number. */
export function creditsValue(item: SessionHistoryItem): number {
  return item.used_credits === 'N/A' ? -Infinity : Number(item.used_credits)
}

/** True when `item` passes every filter of `q`; absent filters pass everything. */
export function matchesQuery(item: SessionHistoryItem, q: ListQuery): boolean {
  const tags = item.tags ?? []
  const domains = item.domains ?? []
  const created = Date.parse(item.created_at)
  const { batchId, profileName, extraStealth, proxy, playground } = traits(item)
  return (
    // search: every term is a case-insensitive part of at least one tag.
    q.search.every((term) => tags.some((tag) => fold(tag).includes(fold(term)))) &&
    // status: exact, case-sensitive; the set of statuses is open.
    (q.status === undefined || item.status === q.status) &&
    // tags, domains: every value present, exactly.
    q.tags.every((tag) => tags.includes(tag)) &&
    q.domains.every((domain) => domains.includes(domain)) &&
    // created_from, created_to: inclusive bounds.
    (q.createdFrom === undefined || created >= q.createdFrom) &&
    (q.createdTo === undefined || created <= q.createdTo) &&
    // batch_id: exact.
    (q.batchId === undefined || batchId === q.batchId) &&
    // The four booleans: true keeps the sessions that have it, false those that do not.
    (q.taskInitiated === undefined || item.task_initiated === q.taskInitiated) &&
    (q.playground === undefined || playground === q.playground) &&
    (q.proxy === undefined || proxy === q.proxy) &&
    (q.extraStealth === undefined || extraStealth === q.extraStealth) &&
    // profile_name: a case-insensitive part of the profile's name; no profile never matches.
    (q.profileName === undefined ||
      (profileName !== undefined && fold(profileName).includes(fold(q.profileName))))
  )
}

const collator = new Intl.Collator('en')

/** The ascending order of each sort field; ties are broken by creation order (see below). */
const ASCENDING: Record<SortField, (a: SessionHistoryItem, b: SessionHistoryItem) => number> = {
  created_at: (a, b) => Date.parse(a.created_at) - Date.parse(b.created_at),
  session_id: (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  used_credits: (a, b) => Math.sign(creditsValue(a) - creditsValue(b)) || 0,
  api_key_name: (a, b) => collator.compare(a.api_key_name, b.api_key_name),
}

/**
 * One page of the sessions that match, in the requested order. `sessions` is the data set in
 * creation order: ties keep that order, and `desc` is the exact reverse of `asc`, ties
 * included, so pages never overlap or skip.
 */
export function referenceList(
  sessions: readonly SessionHistoryItem[],
  q: ListQuery,
): SessionListResponse['data'] {
  const position = new Map(sessions.map((item, index) => [item.id, index]))
  const matching = sessions.filter((item) => matchesQuery(item, q))
  const ascending = matching.sort(
    (a, b) => ASCENDING[q.sortBy](a, b) || position.get(a.id)! - position.get(b.id)!,
  )
  const ordered = q.sortOrder === 'asc' ? ascending : ascending.reverse()
  const first = (q.page - 1) * q.limit
  return {
    sessions: ordered.slice(first, first + q.limit),
    total: matching.length,
    page: q.page,
    total_pages: Math.ceil(matching.length / q.limit),
  }
}
