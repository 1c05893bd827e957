/**
 * `GET /v1/sessions`. Positions are creation order, so filtering walks them sequentially
 * (cache-friendly) and counts the total; only then is the sort order walked, reading one
 * byte per session from the match marks and stopping once the page is full. Reading the
 * columns in sort order instead would be random access across ~30 MB per request, which is
 * ten times slower at a million sessions.
 */
import type { SessionListResponse } from '../../contract/anchor-api.ts'
import { compileFilter, markMatches } from './list-filter.ts'
import type { ListQuery } from './list-query.ts'
import type { EmulatorStore } from './store.ts'
import { listItem } from './wire.ts'

/** Match marks by position, reused: a request is handled synchronously, start to finish. */
const scratch = new WeakMap<EmulatorStore, Uint8Array>()

function marksFor(store: EmulatorStore): Uint8Array {
  let marks = scratch.get(store)
  if (!marks) {
    marks = new Uint8Array(store.columns.count)
    scratch.set(store, marks)
  }
  return marks.fill(0)
}

/** The positions of the requested page, walking `order(k)` for k in [0, length). */
function pageOf(
  length: number,
  at: (k: number) => number,
  isMatch: (i: number) => boolean,
  first: number,
  limit: number,
): number[] {
  const page: number[] = []
  let seen = 0
  for (let k = 0; k < length && page.length < limit; k++) {
    const i = at(k)
    if (isMatch(i) && seen++ >= first) page.push(i)
  }
  return page
}

function select(store: EmulatorStore, q: ListQuery): { total: number; page: number[] } {
  const filter = compileFilter(store, q)
  if (filter.empty) return { total: 0, page: [] }
  const first = (q.page - 1) * q.limit
  const descending = q.sortOrder === 'desc'
  const { from, to } = filter
  let total = to - from
  let isMatch = (i: number) => i >= from && i < to
  if (!filter.rangeOnly) {
    const marks = marksFor(store)
    total = markMatches(store, filter, marks)
    isMatch = (i: number) => marks[i] === 1
  }

  if (q.sortBy === 'created_at') {
    const at = descending ? (k: number) => to - 1 - k : (k: number) => from + k
    return { total, page: pageOf(to - from, at, isMatch, first, q.limit) }
  }
  const order = store.orders[q.sortBy]
  const last = order.length - 1
  const at = descending ? (k: number) => order[last - k]! : (k: number) => order[k]!
  return { total, page: pageOf(order.length, at, isMatch, first, q.limit) }
}

export function listSessions(store: EmulatorStore, q: ListQuery): SessionListResponse {
  const { total, page } = select(store, q)
  return {
    data: {
      sessions: page.map((i) => listItem(store, i)),
      total,
      page: q.page,
      total_pages: Math.ceil(total / q.limit),
    },
  }
}
