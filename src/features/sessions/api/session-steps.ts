import { readDate, readNumber, readObject, readString } from '../../../lib/coerce.ts'

/** One step of the session, where the API sends step records with their times. */
export interface SessionStep {
  index: number
  action: string | null
  /** Epoch milliseconds. */
  atMs: number
}

/**
 * Reads `[{ index, action, created_at }]`, in time order. Records without a readable time are
 * left out: a step that cannot be placed on the timeline is not placed somewhere made up.
 */
export function readSteps(records: readonly unknown[]): SessionStep[] {
  return records
    .flatMap((record, position) => {
      const raw = readObject(record)
      const at = raw ? readDate(raw.created_at) : null
      if (!raw || at === null) return []
      return [
        {
          index: readNumber(raw.index) ?? position,
          action: readString(raw.action),
          atMs: Date.parse(at),
        },
      ]
    })
    .sort((a, b) => a.atMs - b.atMs || a.index - b.index)
}
