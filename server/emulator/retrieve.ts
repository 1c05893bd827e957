/**
 * The drill-down endpoints: one session (`GET /v1/sessions/{id}`), with its own field names,
 * and its recordings. Values derived per position (tokens, step records, recording sizes) come
 * from a hash of the position, so they are stable without being stored.
 */
import type { RecordingsResponse, SessionRetrieveResponse } from '../../contract/anchor-api.ts'
import { FLAG, PRESENT, presenceOf } from './columns.ts'
import { ApiError } from './errors.ts'
import { hash32, hex8 } from './random.ts'
import type { EmulatorStore } from './store.ts'
import { STATUSES } from './vocabulary.ts'
import { creditsOf, isRunning, tagsOf, userConfiguration } from './wire.ts'

const STEP_ACTIONS = ['navigate', 'click', 'type', 'scroll', 'extract', 'wait', 'screenshot']

function positionOf(store: EmulatorStore, sessionId: string): number {
  const position = store.ids.positionOf(sessionId, store.columns.count)
  if (position < 0) throw new ApiError(404, 'Session not found')
  return position
}

/** Seconds the session has run: its duration, or the time since it started while running. */
function elapsedSeconds(store: EmulatorStore, i: number): number {
  const c = store.columns
  if (!isRunning(store, i)) return c.duration[i] ?? 0
  return Math.floor((c.nowMs - (c.createdAt[i] ?? 0)) / 1000)
}

function stepRecords(store: EmulatorStore, i: number, count: number): unknown[] {
  const start = store.columns.createdAt[i] ?? 0
  const spacing = (elapsedSeconds(store, i) * 1000) / Math.max(count, 1)
  return Array.from({ length: count }, (_, k) => ({
    index: k,
    action: STEP_ACTIONS[hash32(i * 131 + k, store.columns.seed) % STEP_ACTIONS.length],
    created_at: new Date(Math.floor(start + k * spacing)).toISOString(),
  }))
}

function tokensOf(store: EmulatorStore, i: number, steps: number): Record<string, number> {
  if (steps === 0) return {}
  const input = steps * (900 + (hash32(i, store.columns.seed) % 1800))
  const output = steps * (60 + (hash32(i, store.columns.seed + 1) % 240))
  return { input_tokens: input, output_tokens: output, total_tokens: input + output }
}

export function retrieveSession(store: EmulatorStore, sessionId: string): SessionRetrieveResponse {
  const i = positionOf(store, sessionId)
  const c = store.columns
  const shape = c.shape[i] ?? 0
  const flags = c.flags[i] ?? 0
  const steps = c.steps[i] ?? 0
  const stepsPresent = presenceOf(shape, 'steps') === PRESENT
  const stepsValue = (flags & FLAG.stepsAsArray) !== 0 ? stepRecords(store, i, steps) : steps
  const configuration = userConfiguration(store, i)
  return {
    data: {
      session_id: sessionId,
      team_id: store.ids.teamId,
      status: STATUSES[c.status[i] ?? 0] ?? 'unknown',
      created_at: new Date(c.createdAt[i] ?? 0).toISOString(),
      duration: presenceOf(shape, 'duration') === PRESENT ? (c.duration[i] ?? 0) : null,
      // Running sessions have no final credits; the number form of this field says 0.
      credits_used: creditsOf(store, i),
      proxy_bytes: presenceOf(shape, 'proxy_bytes') === PRESENT ? (c.proxyBytes[i] ?? 0) : null,
      playground: (flags & FLAG.playground) !== 0,
      configuration,
      tokens: tokensOf(store, i, steps),
      steps: stepsPresent ? stepsValue : null,
      // This endpoint shapes tags as an object; we key it by tag.
      tags: Object.fromEntries(tagsOf(store, i).map((tag) => [tag, true])),
    },
  }
}

function clock(seconds: number): string {
  const hh = String(Math.floor(seconds / 3600)).padStart(2, '0')
  const mm = String(Math.floor((seconds % 3600) / 60)).padStart(2, '0')
  const ss = String(seconds % 60).padStart(2, '0')
  return `${hh}:${mm}:${ss}`
}

/** Sessions that record have one or two recordings (a reconnect starts a second file). */
export function sessionRecordings(store: EmulatorStore, sessionId: string): RecordingsResponse {
  const i = positionOf(store, sessionId)
  const c = store.columns
  const recorded = ((c.flags[i] ?? 0) & FLAG.recording) !== 0
  const count = recorded ? 1 + (hash32(i, c.seed + 7) % 2) : 0
  const total = elapsedSeconds(store, i)
  const firstPart = count === 2 ? Math.floor(total * 0.7) : total
  const items = Array.from({ length: count }, (_, k) => {
    const seconds = k === 0 ? firstPart : total - firstPart
    const id = `rec_${hex8(hash32(i * 2 + k, c.seed + 11))}${hex8(hash32(i, c.seed + 13 + k))}`
    const startMs = (c.createdAt[i] ?? 0) + (k === 0 ? 0 : firstPart * 1000)
    return {
      id,
      is_primary: k === 0,
      file_link: `https://storage.example.com/recordings/${sessionId}/${id}.mp4`,
      suggested_file_name: `${sessionId}-${k + 1}.mp4`,
      duration: clock(seconds),
      size: seconds * 180_000 + (hash32(i + k, c.seed) % 50_000),
      created_at: new Date(startMs).toISOString(),
    }
  })
  return { data: { count, items } }
}
