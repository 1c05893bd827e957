/**
 * Seeded randomness for the data set. Everything the emulator generates flows from one seed so
 * that the same seed and clock always give byte-identical answers (tests and screenshots rely
 * on it); Math.random is never used.
 */

export type Rng = () => number

/** mulberry32: tiny, fast and good enough for demo data. Returns floats in [0, 1). */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Integer in [min, max], both ends included. */
export function randInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1))
}

export function chance(rng: Rng, probability: number): boolean {
  return rng() < probability
}

/** Index of an item drawn with the given relative weights. */
export function pickWeighted(rng: Rng, weights: readonly number[]): number {
  let total = 0
  for (const w of weights) total += w
  let r = rng() * total
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i] ?? 0
    if (r < 0) return i
  }
  return weights.length - 1
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)]
  if (item === undefined) throw new Error('pick from an empty list')
  return item
}

/**
 * Log-normal draw around a median: durations and byte counts have long right tails, so a few
 * sessions are far larger than the typical one, as in real usage.
 */
export function logNormal(rng: Rng, median: number, sigma: number): number {
  const u = 1 - rng()
  const v = rng()
  const gaussian = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
  return median * Math.exp(sigma * gaussian)
}

/** A stateless 32-bit hash of (value, salt), for values derived from a position, not a stream. */
export function hash32(value: number, salt: number): number {
  let x = (value ^ Math.imul(salt, 0x9e3779b1)) >>> 0
  x = Math.imul(x ^ (x >>> 16), 0x21f0aaad) >>> 0
  x = Math.imul(x ^ (x >>> 15), 0x735a2d97) >>> 0
  return (x ^ (x >>> 15)) >>> 0
}

export function hex8(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0')
}
