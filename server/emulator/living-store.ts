/**
 * The data set over time: the history before the start, sessions arriving after it a day at a
 * time (arrivals.ts), and the snapshot of any moment, kept until the next session arrives or
 * ends. Asked for a moment, it gives the data set exactly as it stands then, whichever moments
 * were asked before.
 */
import { ARRIVAL_DAY_MS, arrivalsOfDay, joinColumns } from './arrivals.ts'
import type { SessionColumns } from './columns.ts'
import { generateColumns } from './dataset.ts'
import { idCodec } from './ids.ts'
import { snapshotAt, type Snapshot } from './snapshot.ts'
import { checkSessionCount, MAX_SESSIONS, type EmulatorStore } from './store.ts'

export interface LivingStore {
  /** The data set at `atMs`, which must not be before the start. */
  at: (atMs: number) => EmulatorStore
}

export function livingStore(count: number, startMs: number, seed: number): LivingStore {
  checkSessionCount(count)
  const ids = idCodec(seed)
  const history = { count, startMs, seed }
  let all: SessionColumns = generateColumns(count, startMs, seed)
  /** Days of arrivals joined so far; they cover (start, start + days]. */
  let days = 0
  let current: (Snapshot & { from: number }) | undefined

  const reach = (atMs: number) => {
    while (startMs + days * ARRIVAL_DAY_MS < atMs) {
      const day = arrivalsOfDay(days, history)
      // Past the engine's largest data set the clock still moves, but nobody new arrives.
      if (all.count + day.count > MAX_SESSIONS) {
        days = Infinity
        return
      }
      all = joinColumns(all, day)
      days++
      current = undefined
    }
  }

  return {
    at(atMs) {
      if (atMs < startMs) throw new RangeError('the emulator cannot go back before its start')
      reach(atMs)
      if (!current || atMs < current.from || atMs >= current.until) {
        current = { ...snapshotAt(all, ids, atMs), from: atMs }
      }
      // Ages and defaults (retrieve, history, billing) read the moment, not the snapshot's.
      current.store.columns.nowMs = atMs
      return current.store
    },
  }
}
