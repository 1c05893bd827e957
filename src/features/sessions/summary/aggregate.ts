import type { Session } from '../api/session-model.ts'
import { fromCreditUnits as fromUnits, toCreditUnits as toUnits } from './credit-units.ts'

/** One row of a breakdown: what a group of sessions cost. */
export interface BreakdownRow {
  key: string
  /** Final credits of the group's sessions; running ones are not in it. */
  credits: number
  sessions: number
  /** Sessions of the group still running, whose credits are not final yet. */
  running: number
}

export interface CreditsTotals {
  sessions: number
  /** Sum of final credits; running sessions and unreadable credits are left out, not zeroed. */
  credits: number
  /** Sessions whose credits are final and readable: the denominator of the average. */
  creditedSessions: number
  averageCredits: number | null
  maxCredits: number | null
  running: number
  /** Sessions whose credits the API did not send in a readable form. */
  unknownCredits: number
  durationSeconds: number
  proxyBytes: number
  byStatus: BreakdownRow[]
  byApiKey: BreakdownRow[]
  /** A session with several tags counts toward each of them. */
  byTag: BreakdownRow[]
  /** A session with several domains counts toward each of them. */
  byDomain: BreakdownRow[]
}

/** Group labels for sessions that have no value to group by. */
export const NO_STATUS = '(no status)'
export const NO_API_KEY = '(no API key)'

class Groups {
  private readonly rows = new Map<string, { units: number; sessions: number; running: number }>()

  add(key: string, units: number, running: boolean) {
    const row = this.rows.get(key) ?? { units: 0, sessions: 0, running: 0 }
    row.units += units
    row.sessions += 1
    if (running) row.running += 1
    this.rows.set(key, row)
  }

  /** Most credits first; ties by more sessions, then by name, so the order is stable. */
  sorted(): BreakdownRow[] {
    return [...this.rows]
      .map(([key, row]) => ({
        key,
        credits: fromUnits(row.units),
        sessions: row.sessions,
        running: row.running,
      }))
      .sort(
        (a, b) => b.credits - a.credits || b.sessions - a.sessions || a.key.localeCompare(b.key),
      )
  }
}

/** Every figure of the credits summary, in one pass over the sessions. */
export function aggregateSessions(sessions: readonly Session[]): CreditsTotals {
  let units = 0
  let maxUnits: number | null = null
  let creditedSessions = 0
  let running = 0
  let unknownCredits = 0
  let durationSeconds = 0
  let proxyBytes = 0
  const byStatus = new Groups()
  const byApiKey = new Groups()
  const byTag = new Groups()
  const byDomain = new Groups()

  for (const session of sessions) {
    const isRunning = session.credits === 'running'
    const sessionUnits = typeof session.credits === 'number' ? toUnits(session.credits) : 0
    if (isRunning) running += 1
    else if (session.credits === null) unknownCredits += 1
    else {
      units += sessionUnits
      creditedSessions += 1
      maxUnits = maxUnits === null ? sessionUnits : Math.max(maxUnits, sessionUnits)
    }
    durationSeconds += session.durationSeconds ?? 0
    proxyBytes += session.proxyBytes ?? 0

    byStatus.add(session.status ?? NO_STATUS, sessionUnits, isRunning)
    byApiKey.add(session.apiKeyName ?? NO_API_KEY, sessionUnits, isRunning)
    // A tag listed twice on one session still counts the session once for it.
    for (const tag of new Set(session.tags ?? [])) byTag.add(tag, sessionUnits, isRunning)
    for (const domain of new Set(session.domains ?? [])) {
      byDomain.add(domain, sessionUnits, isRunning)
    }
  }

  return {
    sessions: sessions.length,
    credits: fromUnits(units),
    creditedSessions,
    averageCredits: creditedSessions ? fromUnits(units) / creditedSessions : null,
    maxCredits: maxUnits === null ? null : fromUnits(maxUnits),
    running,
    unknownCredits,
    durationSeconds,
    proxyBytes,
    byStatus: byStatus.sorted(),
    byApiKey: byApiKey.sorted(),
    byTag: byTag.sorted(),
    byDomain: byDomain.sorted(),
  }
}
