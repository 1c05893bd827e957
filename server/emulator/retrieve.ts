/**
 * One session (`GET /v1/sessions/{id}`), with its own field names. Values derived per position
 * (tokens, step records) come from a hash of the position, so they are stable without being
 * stored. By default every field has the type the OpenAPI file gives it; variants.ts holds
 * the other readings.
 */
import type { SessionRetrieveResponse } from '../../contract/anchor-api.ts'
import { FLAG, PRESENT, presenceOf } from './columns.ts'
import { ApiError } from './errors.ts'
import { hash32 } from './random.ts'
import type { EmulatorStore } from './store.ts'
import { STATUSES } from './vocabulary.ts'
import { recordingsOf } from './recordings.ts'
import type { Variant } from './variants.ts'
import { creditsOf, isRunning, tagsOf, userConfiguration } from './wire.ts'

const STEP_ACTIONS = ['navigate', 'click', 'type', 'scroll', 'extract', 'wait', 'screenshot']

export function positionOf(store: EmulatorStore, sessionId: string): number {
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

/**
 * Step records spread over the session, or over its primary recording where it has one, so
 * that a timeline beside the emulator's short clips has every step inside the video.
 */
function stepRecords(store: EmulatorStore, i: number, sessionId: string, count: number): unknown[] {
  const start = store.columns.createdAt[i] ?? 0
  const span = recordingsOf(store, i, sessionId)[0]?.clip.seconds ?? elapsedSeconds(store, i)
  const spacing = (span * 1000) / Math.max(count, 1)
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

type OptionalField = 'duration' | 'steps' | 'proxy_bytes'
const OPTIONAL: readonly OptionalField[] = ['duration', 'steps', 'proxy_bytes']

export function retrieveSession(
  store: EmulatorStore,
  sessionId: string,
  variants: ReadonlySet<Variant>,
): SessionRetrieveResponse {
  const i = positionOf(store, sessionId)
  const c = store.columns
  const shape = c.shape[i] ?? 0
  const flags = c.flags[i] ?? 0
  const steps = c.steps[i] ?? 0
  const asList = variants.has('steps-list') && (flags & FLAG.stepsAsArray) !== 0
  const data: SessionRetrieveResponse['data'] = {
    session_id: sessionId,
    team_id: store.ids.teamId,
    status: STATUSES[c.status[i] ?? 0] ?? 'unknown',
    created_at: new Date(c.createdAt[i] ?? 0).toISOString(),
    duration: elapsedSeconds(store, i),
    // Running sessions have no final credits; the number form of this field says 0.
    credits_used: creditsOf(store, i),
    proxy_bytes: c.proxyBytes[i] ?? 0,
    playground: (flags & FLAG.playground) !== 0,
    configuration: userConfiguration(store, i),
    tokens: tokensOf(store, i, steps),
    steps: asList ? stepRecords(store, i, sessionId, steps) : steps,
    // This endpoint shapes tags as an object; we key it by tag.
    tags: Object.fromEntries(tagsOf(store, i).map((tag) => [tag, true])),
  }
  // The list item's shape says which of these fields it lacks; the variants lack them here too.
  for (const field of OPTIONAL) {
    if (presenceOf(shape, field) === PRESENT) continue
    if (variants.has('absent-fields')) delete data[field]
    else if (variants.has('null-fields')) data[field] = null
  }
  return { data }
}
