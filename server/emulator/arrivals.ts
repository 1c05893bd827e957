/**
 * Sessions that arrive after the history, one day at a time: day k after the start holds
 * those created in (start + k days, start + k + 1 days], drawn from (seed, k) alone, so what
 * exists at a moment never depends on how the clock got there.
 */
import type { SessionColumns } from './columns.ts'
import { generateArrivals } from './dataset.ts'
import { hash32, mulberry32 } from './random.ts'
import { arrivalRate, arrivalTimes } from './timeline.ts'

export const ARRIVAL_DAY_MS = 86_400_000

export function arrivalsOfDay(
  day: number,
  history: { count: number; startMs: number; seed: number },
): SessionColumns {
  const rng = mulberry32(hash32(day, history.seed ^ 0xa331))
  const from = history.startMs + day * ARRIVAL_DAY_MS
  const rate = arrivalRate(history.count, history.startMs)
  return generateArrivals(rng, arrivalTimes(rng, from, from + ARRIVAL_DAY_MS, rate), history.seed)
}

type TypedColumn = Float64Array | Uint32Array | Uint16Array | Uint8Array

function concat<T extends TypedColumn>(a: T, b: T): T {
  const joined = new (a.constructor as new (length: number) => T)(a.length + b.length)
  joined.set(a)
  joined.set(b, a.length)
  return joined
}

/** `later` after `earlier`: positions, and batch numbers, of `later` come after. */
export function joinColumns(earlier: SessionColumns, later: SessionColumns): SessionColumns {
  const offset = earlier.batchIds.length
  const batch = later.batch.map((number) => (number === 0 ? 0 : number + offset))
  return {
    count: earlier.count + later.count,
    nowMs: earlier.nowMs,
    seed: earlier.seed,
    createdAt: concat(earlier.createdAt, later.createdAt),
    endsAt: concat(earlier.endsAt, later.endsAt),
    status: concat(earlier.status, later.status),
    apiKey: concat(earlier.apiKey, later.apiKey),
    profile: concat(earlier.profile, later.profile),
    batch: concat(earlier.batch, batch),
    batchIds: [...earlier.batchIds, ...later.batchIds],
    tags: concat(earlier.tags, later.tags),
    domains: concat(earlier.domains, later.domains),
    creditCents: concat(earlier.creditCents, later.creditCents),
    duration: concat(earlier.duration, later.duration),
    proxyBytes: concat(earlier.proxyBytes, later.proxyBytes),
    proxyType: concat(earlier.proxyType, later.proxyType),
    steps: concat(earlier.steps, later.steps),
    taskExecutions: concat(earlier.taskExecutions, later.taskExecutions),
    browserIp: concat(earlier.browserIp, later.browserIp),
    flags: concat(earlier.flags, later.flags),
    shape: concat(earlier.shape, later.shape),
  }
}
