/**
 * "Now" by the clock of the sessions' source. With the real API that is this browser's clock.
 * The local emulator keeps its own (tests pin it and move it on), which /api/meta tells: the
 * list's relative ranges and live refreshes go by it, so a page over demo data of another day
 * still shows that day's last hour.
 */
import type { DashboardMeta } from '../../contract/dashboard-api.ts'
import { readNumber, readObject } from './coerce.ts'
import { getJson } from './http.ts'

let offsetMs: number | null = null

export function upstreamNow(): number {
  return Date.now() + (offsetMs ?? 0)
}

/** True where the source keeps a clock of its own (the emulator), read from /api/meta. */
export const hasUpstreamClock = () => offsetMs !== null

/** The upstream's clock read `upstreamMs` at this browser's `localMs`; undefined: no own clock. */
export function learnUpstreamClock(upstreamMs: number | undefined, localMs = Date.now()): void {
  offsetMs = upstreamMs === undefined ? null : upstreamMs - localMs
}

/** `GET /api/meta`: which upstream the proxy talks to, and its clock where it has its own. */
export async function fetchDashboardMeta(signal?: AbortSignal): Promise<DashboardMeta> {
  const body = readObject(await getJson('/api/meta', signal))
  const mode = body?.mode === 'live' ? 'live' : 'emulator'
  const now = mode === 'emulator' ? (readNumber(body?.now) ?? undefined) : undefined
  learnUpstreamClock(now)
  return { mode, ...(now !== undefined && { now }) }
}
