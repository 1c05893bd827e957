import type { SortField, SortOrder } from '../../../../contract/anchor-api.ts'
import type { Session } from '../api/session-model.ts'

/** `used_credits` as the API sorts it: a running session's "N/A" below every number. */
const creditsValue = (session: Session) =>
  typeof session.credits === 'number' ? session.credits : -Infinity
const time = (iso: string | null) => (iso === null ? -Infinity : Date.parse(iso))
const collator = new Intl.Collator('en')

/** Each sort field's ascending order, as the API gives it (server/emulator/reference-list.ts). */
const ASCENDING: Record<SortField, (a: Session, b: Session) => number> = {
  created_at: (a, b) => time(a.createdAt) - time(b.createdAt),
  session_id: (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  used_credits: (a, b) => Math.sign(creditsValue(a) - creditsValue(b)) || 0,
  api_key_name: (a, b) => collator.compare(a.apiKeyName ?? '', b.apiKeyName ?? ''),
}

/**
 * The sessions in the order the table shows them. The totals walk reads them by session id
 * (the one order pages cannot shift under); an export is read as the table was, so it is put
 * back in that order, ties by creation time, and `desc` the exact reverse of `asc`.
 */
export function inTableOrder(
  sessions: readonly Session[],
  sortBy: SortField,
  sortOrder: SortOrder,
): Session[] {
  const ascending = [...sessions].sort(
    (a, b) => ASCENDING[sortBy](a, b) || ASCENDING.created_at(a, b) || ASCENDING.session_id(a, b),
  )
  return sortOrder === 'asc' ? ascending : ascending.reverse()
}
