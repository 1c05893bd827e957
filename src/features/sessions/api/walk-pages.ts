import { readSessionsPage, type SessionsPage } from './sessions-page.ts'
import type { Session } from './session-model.ts'
import { encodeSearch, resolveCreatedRange, type SessionsSearch } from '../search-params.ts'
import { retryDelayMs } from '../../../lib/retry-policy.ts'
import { PauseGate, sleep as realSleep, type Sleep } from './walk-pacing.ts'
import { WALK_PAGE_SIZE, walkSearch } from './walk-query.ts'

/**
 * Walks every page of a filtered query to total what the filters match. Plain TypeScript with
 * the fetch injected, so the dashboard and the Node benchmark run the very same code.
 */

export const WALK_CONCURRENCY = 4

/** GETs a path such as `/api/v1/sessions?...` and returns the parsed JSON, or throws ApiError. */
export type FetchJson = (path: string, signal: AbortSignal) => Promise<unknown>

export interface WalkProgress {
  pagesDone: number
  /** Known once the first page has answered; null before. */
  totalPages: number | null
  sessionsDone: number
  /** Epoch ms until which the walk waits because the API asked it to slow down, or null. */
  pausedUntil: number | null
}

export interface WalkResult {
  sessions: Session[]
  /** What the first page said the filters match. */
  total: number
  /** The `created_from` every page was fetched with: the range's start, resolved; or null. */
  createdFrom: string | null
  /** The `created_to` every page was fetched with. */
  createdTo: string
  /** Set when the walk added (or brought forward) `created_to`: the totals are as of then. */
  asOf: string | null
  /** Set when a later page reported a different total than the first: the pages shifted. */
  drift: { firstTotal: number; changedTotal: number } | null
  /** Items the API sent without an id, which no total can include. */
  skipped: number
  /** Sessions that came twice (pages shifted under the walk); each is counted once. */
  duplicates: number
}

/** What a cancelled walk had read: whole pages only, in page order. */
export interface PartialWalk {
  sessions: Session[]
  /** What the first page said the filters match. */
  total: number
  pagesDone: number
  totalPages: number
}

export interface WalkOptions {
  /** As in the URL: a relative range is resolved once, when the walk starts, in `timeZone`. */
  search: SessionsSearch
  /** The zone "today" and "this month" are days and months of; UTC if not given. */
  timeZone?: string
  fetchJson: FetchJson
  signal?: AbortSignal
  concurrency?: number
  onProgress?: (progress: WalkProgress) => void
  /**
   * Called once if `signal` stops the walk part-way, with the pages read by then: a person who
   * cancels a long walk still gets what it had added up, marked as partial.
   */
  onCancelled?: (partial: PartialWalk) => void
  now?: () => number
  sleep?: Sleep
}

/**
 * Sessions created while the walk runs would shift every later page, so the walk fixes the end
 * of the range at the moment it starts (or keeps the filters' own end when that is earlier).
 */
export function freezeCreatedTo(search: SessionsSearch, now: number) {
  const nowIso = new Date(now).toISOString()
  const ownEnd = search.created_to
  if (ownEnd !== null && Date.parse(ownEnd) <= now) return { createdTo: ownEnd, asOf: null }
  return { createdTo: nowIso, asOf: nowIso }
}

export async function walkAllPages(options: WalkOptions): Promise<WalkResult> {
  const now = options.now ?? Date.now
  const sleepFor = options.sleep ?? realSleep
  const concurrency = Math.max(1, options.concurrency ?? WALK_CONCURRENCY)
  const startedAt = now()
  const resolved = resolveCreatedRange(options.search, startedAt, options.timeZone ?? 'UTC')
  const { createdTo, asOf } = freezeCreatedTo(resolved, startedAt)
  const base = { ...walkSearch(resolved), created_to: createdTo }
  const createdFrom = resolved.created_from

  // One controller for the whole walk: a cancel from outside, or one page failing for good,
  // aborts every request still in flight.
  const controller = new AbortController()
  const stop = () => controller.abort(options.signal?.reason)
  if (options.signal?.aborted) stop()
  options.signal?.addEventListener('abort', stop, { once: true })
  const signal = controller.signal
  const gate = new PauseGate(now, sleepFor)

  const progress: WalkProgress = {
    pagesDone: 0,
    totalPages: null,
    sessionsDone: 0,
    pausedUntil: null,
  }
  const report = () => options.onProgress?.({ ...progress, pausedUntil: gate.pausedUntil })

  const fetchPage = async (page: number): Promise<SessionsPage> => {
    const path = `/api/v1/sessions?${encodeSearch({ ...base, page }, 'api')}`
    for (let attempt = 1; ; attempt += 1) {
      await gate.wait(signal)
      try {
        return readSessionsPage(await options.fetchJson(path, signal), WALK_PAGE_SIZE)
      } catch (error) {
        if (signal.aborted) throw signal.reason
        const delay = retryDelayMs(error, attempt)
        if (delay === null) throw error
        gate.pauseFor(delay)
        report()
      }
    }
  }

  // The pages read so far, kept outside the try so a cancelled walk can hand them over.
  let pagesSoFar: Array<SessionsPage | undefined> = []
  try {
    report()
    const first = await fetchPage(1)
    const pages: Array<SessionsPage | undefined> = [first]
    pagesSoFar = pages
    progress.totalPages = Math.max(1, first.totalPages)
    progress.pagesDone = 1
    progress.sessionsDone = first.sessions.length
    report()

    let drift: WalkResult['drift'] = null
    let nextPage = 2
    const worker = async () => {
      while (nextPage <= first.totalPages) {
        const pageNumber = nextPage++
        const page = await fetchPage(pageNumber)
        if (page.total !== first.total && drift === null) {
          drift = { firstTotal: first.total, changedTotal: page.total }
        }
        pages[pageNumber - 1] = page
        progress.pagesDone += 1
        progress.sessionsDone += page.sessions.length
        report()
      }
    }
    const workers = Math.min(concurrency, Math.max(0, first.totalPages - 1))
    await Promise.all(Array.from({ length: workers }, worker)).catch((error: unknown) => {
      controller.abort(error)
      throw error
    })
    return { ...collect(pages), total: first.total, createdFrom, createdTo, asOf, drift }
  } catch (error) {
    if (options.signal?.aborted && progress.totalPages !== null) {
      const { sessions } = collect(pagesSoFar)
      options.onCancelled?.({
        sessions,
        total: pagesSoFar[0]!.total,
        pagesDone: progress.pagesDone,
        totalPages: progress.totalPages,
      })
    }
    throw error
  } finally {
    options.signal?.removeEventListener('abort', stop)
  }
}

/** Sessions in page order, each once, however the pages overlapped. */
function collect(pages: Array<SessionsPage | undefined>) {
  const seen = new Set<string>()
  const sessions: Session[] = []
  let skipped = 0
  let duplicates = 0
  for (const page of pages) {
    if (!page) continue
    skipped += page.skipped
    for (const session of page.sessions) {
      if (seen.has(session.id)) duplicates += 1
      else {
        seen.add(session.id)
        sessions.push(session)
      }
    }
  }
  return { sessions, skipped, duplicates }
}
