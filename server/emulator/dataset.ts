/**
 * Generates the demo data set, deterministically from (seed, now, count), straight into
 * columns. One pass in creation order; batches are runs of nearby sessions sharing a template.
 * Every session is drawn as it ends; which of them still run at a moment is the snapshot's
 * business (snapshot.ts).
 */
import {
  ABSENT,
  FLAG,
  NULL,
  PRESENT,
  presenceOf,
  withPresence,
  type Presence,
  type SessionColumns,
} from './columns.ts'
import { creditCents, drawDomains, drawDuration, drawProxyBytes, drawTemplate } from './draw.ts'
import type { Template } from './draw.ts'
import { chance, hash32, hex8, mulberry32, pickWeighted, randInt, type Rng } from './random.ts'
import { creationTimes, RECENT_WINDOW_MS } from './timeline.ts'
import { FAILED, IP_PREFIXES, RUNNING, STATUS_WEIGHTS } from './vocabulary.ts'
import { WORKLOADS } from './workloads.ts'

const MINIMUM_BATCH = 5
const MAXIMUM_BATCH = 50
/** Chance that the next session belongs to the open batch rather than to other work. */
const BATCH_JOIN_CHANCE = 0.6

function emptyColumns(count: number, nowMs: number, seed: number): SessionColumns {
  return {
    count,
    nowMs,
    seed,
    createdAt: new Float64Array(count),
    endsAt: new Float64Array(count),
    status: new Uint8Array(count),
    apiKey: new Uint8Array(count),
    profile: new Uint8Array(count),
    batch: new Uint32Array(count),
    batchIds: [],
    tags: new Uint32Array(count),
    domains: new Uint32Array(count),
    creditCents: new Uint32Array(count),
    duration: new Uint32Array(count),
    proxyBytes: new Float64Array(count),
    proxyType: new Uint8Array(count),
    steps: new Uint16Array(count),
    taskExecutions: new Uint8Array(count),
    browserIp: new Uint16Array(count),
    flags: new Uint8Array(count),
    shape: new Uint16Array(count),
  }
}

function nullOrAbsent(rng: Rng): Presence {
  return chance(rng, 0.5) ? NULL : ABSENT
}

/** Sessions created in the last minutes are mostly still running; the newest one always is. */
function drawStatus(rng: Rng, ageMs: number, isNewest: boolean): number {
  if (isNewest || (ageMs < RECENT_WINDOW_MS && chance(rng, 0.85))) return RUNNING
  if (ageMs < 70 * 60_000 && chance(rng, 0.25)) return RUNNING
  return pickWeighted(rng, STATUS_WEIGHTS)
}

const DAY_WEIGHTS = WORKLOADS.map((w) => w.weight)
const NIGHT_WEIGHTS = WORKLOADS.map((w) => w.weight + w.nightWeight * 4)

function pickWorkload(rng: Rng, createdAt: number): Template {
  const hour = Math.floor(createdAt / 3_600_000) % 24
  const night = hour >= 1 && hour <= 4
  const workload = WORKLOADS[pickWeighted(rng, night ? NIGHT_WEIGHTS : DAY_WEIGHTS)]
  if (!workload) throw new Error('no workloads')
  return drawTemplate(rng, workload)
}

/** The moment sessions are drawn at, and whether the newest of them must still run then. */
interface DrawnAt {
  nowMs: number
  newestRuns: boolean
}

/**
 * How a session running at the moment of the draw ends: a final status, and a duration that
 * runs past that moment. Drawn from a generator of its own, seeded by the position, so that
 * the history's own draws, and so the data set as it stands at its clock, stay as they were.
 */
function endOfRunning(seed: number, i: number, t: Template, ageMs: number) {
  const rng = mulberry32(hash32(i, seed ^ 0x0e9d))
  const status = pickWeighted(rng, STATUS_WEIGHTS)
  const seconds = Math.floor(ageMs / 1000) + drawDuration(rng, t.workload, status, Infinity)
  const duration: Presence = chance(rng, 0.025) ? nullOrAbsent(rng) : PRESENT
  return { status, seconds, duration }
}

/** Fills the per-session columns of position `i` from its template, as the session ends. */
function fillSession(rng: Rng, c: SessionColumns, i: number, t: Template, at: DrawnAt): void {
  const createdAt = c.createdAt[i] ?? 0
  const ageMs = at.nowMs - createdAt
  const status = drawStatus(rng, ageMs, at.newestRuns && i === c.count - 1)
  const seconds = drawDuration(rng, t.workload, status, ageMs / 1000)
  const end = status === RUNNING ? endOfRunning(c.seed, i, t, ageMs) : undefined
  let shape = 0

  const proxied = t.proxyType >= 0
  const proxyBytes = proxied ? drawProxyBytes(rng, seconds) : 0
  if (proxied) {
    if (chance(rng, 0.03)) shape = withPresence(shape, 'proxy_bytes', NULL)
  } else {
    if (chance(rng, 0.6)) shape = withPresence(shape, 'proxy_bytes', nullOrAbsent(rng))
    shape = withPresence(shape, 'proxy_type', nullOrAbsent(rng))
  }

  const steps = t.taskInitiated ? randInt(rng, status === FAILED ? 1 : 4, 120) : 0
  if (!t.taskInitiated && chance(rng, 0.7)) shape = withPresence(shape, 'steps', nullOrAbsent(rng))

  if (end) shape = withPresence(shape, 'duration', end.duration)
  else if (chance(rng, 0.025)) shape = withPresence(shape, 'duration', nullOrAbsent(rng))
  const finalSeconds = end?.seconds ?? seconds

  if (t.tags === 0 && chance(rng, 0.6)) shape = withPresence(shape, 'tags', nullOrAbsent(rng))
  // A session that failed early may never have reached a page.
  const noDomains = chance(rng, status === FAILED ? 0.3 : 0.04)
  if (noDomains) shape = withPresence(shape, 'domains', nullOrAbsent(rng))

  let flags = 0
  if (t.headless) flags |= FLAG.headless
  if (chance(rng, t.workload.recordingChance)) flags |= FLAG.recording
  if (t.taskInitiated) flags |= FLAG.taskInitiated
  if (t.playground) flags |= FLAG.playground
  if (t.extraStealth) flags |= FLAG.extraStealth
  if (proxied) flags |= FLAG.proxy
  if (chance(rng, 0.15)) flags |= FLAG.creditsAsString
  if (t.taskInitiated && chance(rng, 0.25)) flags |= FLAG.stepsAsArray

  c.status[i] = end?.status ?? status
  c.endsAt[i] = createdAt + finalSeconds * 1000
  c.apiKey[i] = t.apiKey
  c.profile[i] = t.profile
  c.tags[i] = t.tags
  c.domains[i] = noDomains ? 0 : drawDomains(rng, t.workload)
  c.duration[i] = presenceOf(shape, 'duration') === PRESENT ? finalSeconds : 0
  c.proxyBytes[i] = presenceOf(shape, 'proxy_bytes') === PRESENT ? proxyBytes : 0
  c.proxyType[i] = Math.max(t.proxyType, 0)
  c.steps[i] = steps
  c.taskExecutions[i] = t.taskInitiated ? 1 + pickWeighted(rng, [70, 15, 8, 4, 3]) : 0
  c.creditCents[i] = creditCents(finalSeconds, t.proxyType, proxyBytes, t.extraStealth, steps)
  c.browserIp[i] = chance(rng, status === FAILED ? 0.4 : 0.06)
    ? 0
    : ((1 + randInt(rng, 0, IP_PREFIXES.length - 1)) << 8) | randInt(rng, 1, 254)
  c.flags[i] = flags
  c.shape[i] = shape
}

/** The 90-day history before `nowMs`, as it stands then and as each session ends. */
export function generateColumns(count: number, nowMs: number, seed: number): SessionColumns {
  const rng = mulberry32(seed)
  const c = emptyColumns(count, nowMs, seed)
  c.createdAt.set(creationTimes(rng, count, nowMs))
  fillColumns(rng, c, { nowMs, newestRuns: true })
  return c
}

/**
 * Sessions created at `times` (ascending), after the history: each drawn as it ends, for the
 * clock to reach. `nowMs` of the result means nothing until they are joined to a history.
 */
export function generateArrivals(rng: Rng, times: Float64Array, seed: number): SessionColumns {
  const c = emptyColumns(times.length, Infinity, seed)
  c.createdAt.set(times)
  fillColumns(rng, c, { nowMs: Infinity, newestRuns: false })
  return c
}

function fillColumns(rng: Rng, c: SessionColumns, at: DrawnAt): void {
  const { count } = c
  const batchSizes: number[] = []
  let open: { template: Template; batch: number; left: number } | undefined

  for (let i = 0; i < count; i++) {
    let template: Template
    if (open && chance(rng, BATCH_JOIN_CHANCE)) {
      template = open.template
      c.batch[i] = open.batch
    } else {
      template = pickWorkload(rng, c.createdAt[i] ?? 0)
      if (!open && chance(rng, template.workload.batchChance)) {
        batchSizes.push(0)
        open = {
          template,
          batch: batchSizes.length,
          left: randInt(rng, MINIMUM_BATCH, MAXIMUM_BATCH),
        }
        c.batch[i] = open.batch
      }
    }
    const batch = c.batch[i] ?? 0
    if (batch > 0 && open) {
      batchSizes[batch - 1] = (batchSizes[batch - 1] ?? 0) + 1
      if (--open.left === 0) open = undefined
    }
    fillSession(rng, c, i, template, at)
  }
  keepFullBatches(rng, c, batchSizes)
}

/** A batch cut short by `now` would have fewer than 5 members: those sessions lose the batch. */
function keepFullBatches(rng: Rng, c: SessionColumns, sizes: number[]): void {
  const renumber = new Uint32Array(sizes.length + 1)
  const seen = new Set<string>()
  sizes.forEach((size, index) => {
    if (size < MINIMUM_BATCH) return
    let id: string
    do id = `batch_${hex8(rng() * 2 ** 32)}${hex8(rng() * 2 ** 32).slice(0, 4)}`
    while (seen.has(id))
    seen.add(id)
    c.batchIds.push(id)
    renumber[index + 1] = c.batchIds.length
  })
  for (let i = 0; i < c.count; i++) c.batch[i] = renumber[c.batch[i] ?? 0] ?? 0
}
