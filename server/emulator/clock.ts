/**
 * The emulator's clock. Run by hand it keeps real time from its start, so sessions arrive and
 * end as one watches. Pinned (EMULATOR_NOW, tests) it stands still and moves only when a test
 * moves it, through the control below: answers stay exact, and time passes when asked.
 */
import type { Env, Hono } from 'hono'
import { EMULATOR_CLOCK_PATH } from '../../contract/anchor-api.ts'
import { ApiError } from './errors.ts'

export interface EmulatorClock {
  now: () => number
  /** Moves a pinned clock on; a clock that keeps real time has none. */
  moveTo?: (ms: number) => void
}

export function realTimeClock(startMs: number): EmulatorClock {
  const offset = startMs - Date.now()
  return { now: () => Date.now() + offset }
}

export function pinnedClock(startMs: number): EmulatorClock {
  let current = startMs
  return {
    now: () => current,
    moveTo: (ms) => {
      current = ms
    },
  }
}

/** Ten years: far enough for any test, near enough that dates stay ordinary. */
const MAX_MOVE_MS = 10 * 365 * 86_400_000

/** The target of a move: `{ "advanceMs": n }` from now, or `{ "to": ISO }`; never backwards. */
function targetOf(body: unknown, nowMs: number): number {
  const { advanceMs, to } = (typeof body === 'object' && body !== null ? body : {}) as Record<
    string,
    unknown
  >
  let target = NaN
  if (typeof advanceMs === 'number' && to === undefined) target = nowMs + advanceMs
  if (typeof to === 'string' && advanceMs === undefined) target = Date.parse(to)
  if (!Number.isInteger(target)) {
    throw new ApiError(400, 'Send { "advanceMs": milliseconds } or { "to": ISO date }')
  }
  if (target < nowMs || target - nowMs > MAX_MOVE_MS) {
    throw new ApiError(400, 'The clock only moves forward, by at most ten years')
  }
  return target
}

/**
 * `GET` and `POST` of EMULATOR_CLOCK_PATH, on a pinned clock only, behind the key check like
 * everything else. The dashboard's proxy never forwards it: it forwards GETs of the API's
 * session-history paths and nothing else.
 */
export function clockRoutes<E extends Env>(app: Hono<E>, clock: EmulatorClock): void {
  const { moveTo } = clock
  if (!moveTo) return
  const answer = () => ({ now: new Date(clock.now()).toISOString() })
  app.get(EMULATOR_CLOCK_PATH, (c) => c.json(answer()))
  app.post(EMULATOR_CLOCK_PATH, async (c) => {
    const body: unknown = await c.req.json().catch(() => undefined)
    moveTo(targetOf(body, clock.now()))
    return c.json(answer())
  })
}
