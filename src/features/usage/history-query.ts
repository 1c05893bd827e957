import { queryOptions } from '@tanstack/react-query'
import { readNumber, readObject, readString } from '../../lib/coerce.ts'
import { getJson } from '../../lib/http.ts'
import { ApiError } from '../../lib/http-error.ts'
import type { HistoryRange } from './history-range.ts'
import { usageKeys } from './usage-keys.ts'

export interface UsagePoint {
  date: string
  sessions: number
  credits: number
}

export interface AccountHistory {
  points: UsagePoint[]
  totalSessions: number | null
  totalCredits: number | null
}

/** The API allows up to 1,000 points a page; a few pages at most even for hourly data. */
const HISTORY_PAGE_LIMIT = 1000
const MAX_HISTORY_PAGES = 10

export function historyQueryString(range: HistoryRange): string {
  return new URLSearchParams({
    from_date: range.from,
    to_date: range.to,
    granularity: range.granularity,
    metrics: 'session_count,credits_used',
    limit: String(HISTORY_PAGE_LIMIT),
  }).toString()
}

/** Reads one page of `{ data: [...], summary: {...}, pagination: {...} }`, tolerantly. */
export function readHistoryPage(body: unknown) {
  const root = readObject(body)
  if (!root || !Array.isArray(root.data)) {
    throw new ApiError('malformed', 'The Anchor API sent usage history without data points.')
  }
  const points: UsagePoint[] = []
  for (const item of root.data) {
    const point = readObject(item)
    const date = readString(point?.date)
    if (!point || date === null) continue
    points.push({
      date,
      sessions: readNumber(point.session_count) ?? 0,
      credits: readNumber(point.credits_used) ?? 0,
    })
  }
  const summary = readObject(root.summary)
  const pagination = readObject(root.pagination)
  return {
    points,
    totalSessions: readNumber(summary?.total_sessions),
    totalCredits: readNumber(summary?.total_credits_used),
    hasNext: pagination?.has_next === true,
  }
}

export function historyQuery(range: HistoryRange) {
  const query = historyQueryString(range)
  return queryOptions({
    queryKey: usageKeys.history(query),
    queryFn: async ({ signal }): Promise<AccountHistory> => {
      const first = readHistoryPage(
        await getJson(`/api/v1/sessions/history?${query}&page=1`, signal),
      )
      const points = [...first.points]
      let more = first.hasNext
      for (let page = 2; more && page <= MAX_HISTORY_PAGES; page += 1) {
        const next = readHistoryPage(
          await getJson(`/api/v1/sessions/history?${query}&page=${page}`, signal),
        )
        points.push(...next.points)
        more = next.hasNext
      }
      // The summary covers the whole range whatever the paging, so it comes from the first page.
      return { points, totalSessions: first.totalSessions, totalCredits: first.totalCredits }
    },
    staleTime: 60_000,
  })
}
