import type { SessionHistoryItem } from '../../../../../contract/anchor-api.ts'
import type { FetchJson } from '../walk-pages.ts'

/**
 * A paginating stand-in for `GET /api/v1/sessions`, enough for the walk: created_to, sorting by
 * session_id and pages. It records every request and how many were in flight at once.
 */
export function fakeSessionsApi(items: SessionHistoryItem[], options: { delayMs?: number } = {}) {
  const requests: URLSearchParams[] = []
  const signals: AbortSignal[] = []
  let inFlight = 0
  let maxInFlight = 0
  /** Replaces the answer for one request; return undefined to answer normally. */
  let intercept: ((params: URLSearchParams) => unknown) | null = null

  const fetchJson: FetchJson = async (path, signal) => {
    const params = new URL(path, 'http://test').searchParams
    requests.push(params)
    signals.push(signal)
    inFlight += 1
    maxInFlight = Math.max(maxInFlight, inFlight)
    try {
      await new Promise((resolve) => setTimeout(resolve, options.delayMs ?? 1))
      if (signal.aborted) throw signal.reason
      const intercepted = intercept?.(params)
      if (intercepted !== undefined) return intercepted
      return page(items, params)
    } finally {
      inFlight -= 1
    }
  }

  return {
    fetchJson,
    requests,
    signals,
    get maxInFlight() {
      return maxInFlight
    },
    intercept(fn: (params: URLSearchParams) => unknown) {
      intercept = fn
    },
  }
}

export function page(items: SessionHistoryItem[], params: URLSearchParams) {
  const limit = Number(params.get('limit'))
  const pageNumber = Number(params.get('page'))
  const createdTo = params.get('created_to')
  const matching = items
    .filter((item) => createdTo === null || item.created_at <= createdTo)
    .sort((a, b) => a.id.localeCompare(b.id))
  return {
    data: {
      sessions: matching.slice((pageNumber - 1) * limit, pageNumber * limit),
      total: matching.length,
      page: pageNumber,
      total_pages: Math.ceil(matching.length / limit),
    },
  }
}
