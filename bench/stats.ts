/** Order statistics for bench figures: medians and spreads, never means (one stall skews them). */

export interface Spread {
  count: number
  p50: number
  p25: number
  p75: number
  p95: number
  min: number
  max: number
}

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN
  const rank = Math.ceil((p / 100) * sorted.length) - 1
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b)
  const round = (value: number) => Math.round(value * 10) / 10
  return {
    count: sorted.length,
    p50: round(percentile(sorted, 50)),
    p25: round(percentile(sorted, 25)),
    p75: round(percentile(sorted, 75)),
    p95: round(percentile(sorted, 95)),
    min: round(sorted[0] ?? NaN),
    max: round(sorted.at(-1) ?? NaN),
  }
}
