import type { HistoryGranularity } from '../../../contract/anchor-api.ts'

const HOUR = 3_600_000
const DAY = 24 * HOUR
export const DEFAULT_USAGE_DAYS = 30

export interface HistoryRange {
  from: string
  to: string
  granularity: HistoryGranularity
  /** True when the person gave no range and the last 30 days are shown. */
  isDefault: boolean
}

/** Hours for up to two days, days up to 90 days, weeks beyond: a few dozen points either way. */
export function chooseGranularity(spanMs: number): HistoryGranularity {
  if (spanMs <= 2 * DAY) return 'hour'
  if (spanMs <= 90 * DAY) return 'day'
  return 'week'
}

/**
 * The range of the account usage: the list's created range where it has one, each missing end
 * filled in (the end with now, the start with 30 days before the end).
 */
export function historyRange(
  createdFrom: string | null,
  createdTo: string | null,
  now: number,
): HistoryRange {
  const to = createdTo ? Date.parse(createdTo) : now
  const from = createdFrom ? Date.parse(createdFrom) : to - DEFAULT_USAGE_DAYS * DAY
  return {
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    granularity: chooseGranularity(to - from),
    isDefault: !createdFrom && !createdTo,
  }
}
