/**
 * The data set as it stands at one moment: the sessions created by then, and of those the ones
 * still running shown as running (status `running`, credits "N/A", no duration yet). The
 * columns hold every session as it ends; a snapshot views them up to the moment and copies
 * only the four columns that differ while a session runs. It holds until the next session
 * arrives or ends.
 */
import { NULL, withPresence, type SessionColumns } from './columns.ts'
import { generateColumns } from './dataset.ts'
import { idCodec, type IdCodec } from './ids.ts'
import { checkSessionCount, firstAfter, indexStore, type EmulatorStore } from './store.ts'
import { RUNNING } from './vocabulary.ts'

export interface Snapshot {
  store: EmulatorStore
  /** The first moment after `atMs` at which a session arrives or ends: the snapshot's end. */
  until: number
}

export function snapshotAt(all: SessionColumns, ids: IdCodec, atMs: number): Snapshot {
  const count = firstAfter(all.createdAt, atMs)
  const view = <T extends { subarray: (from: number, to: number) => T }>(column: T) =>
    column.subarray(0, count)
  const status = all.status.slice(0, count)
  const creditCents = all.creditCents.slice(0, count)
  const duration = all.duration.slice(0, count)
  const shape = all.shape.slice(0, count)
  let until = count < all.count ? (all.createdAt[count] ?? Infinity) : Infinity
  const { endsAt } = all
  for (let i = 0; i < count; i++) {
    const end = endsAt[i]!
    if (end <= atMs) continue
    status[i] = RUNNING
    creditCents[i] = 0
    duration[i] = 0
    shape[i] = withPresence(shape[i]!, 'duration', NULL)
    if (end < until) until = end
  }
  const columns: SessionColumns = {
    ...all,
    count,
    nowMs: atMs,
    createdAt: view(all.createdAt),
    endsAt: view(all.endsAt),
    status,
    apiKey: view(all.apiKey),
    profile: view(all.profile),
    batch: view(all.batch),
    tags: view(all.tags),
    domains: view(all.domains),
    creditCents,
    duration,
    proxyBytes: view(all.proxyBytes),
    proxyType: view(all.proxyType),
    steps: view(all.steps),
    taskExecutions: view(all.taskExecutions),
    browserIp: view(all.browserIp),
    flags: view(all.flags),
    shape,
  }
  return { store: indexStore(columns, ids), until }
}

/** The data set of (count, seed) as it stands at its clock, `nowMs`. */
export function buildStore(count: number, nowMs: number, seed: number): EmulatorStore {
  checkSessionCount(count)
  return snapshotAt(generateColumns(count, nowMs, seed), idCodec(seed), nowMs).store
}
