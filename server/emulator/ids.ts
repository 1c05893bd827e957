/**
 * Session ids are `sess_` + 24 hex digits. The first 8 digits are a seeded bijection of the
 * session's position, so ids are unique by construction and an id maps back to its position
 * without an id -> position table (which would cost ~100 MB at a million sessions). The other
 * 16 digits are hash noise so ids look random.
 */
import { hash32, hex8 } from './random.ts'

const M1 = 0x7feb352d
const M2 = 0x846ca68b

/** Multiplicative inverse modulo 2^32 of an odd number (Newton's iteration). */
function inverseOf(m: number): number {
  let x = m
  for (let i = 0; i < 5; i++) x = Math.imul(x, 2 - Math.imul(m, x))
  return x >>> 0
}

const M1_INVERSE = inverseOf(M1)
const M2_INVERSE = inverseOf(M2)

function undoXorShift(x: number, shift: number): number {
  let result = x
  for (let s = shift; s < 32; s += shift) result ^= x >>> s
  return result >>> 0
}

export interface IdCodec {
  sessionId(position: number): string
  /** The position of an id, or -1 when the id is not one of this data set's. */
  positionOf(id: string, count: number): number
  /** The 32-bit key whose numeric order is the ids' string order. */
  sortKey(position: number): number
  positionOfKey(key: number): number
  teamId: string
}

export function idCodec(seed: number): IdCodec {
  const key = hash32(seed, 0x5e55)
  const salt = hash32(seed, 0x1d5)

  const mix = (position: number): number => {
    let x = (position ^ key) >>> 0
    x ^= x >>> 16
    x = Math.imul(x, M1) >>> 0
    x ^= x >>> 15
    x = Math.imul(x, M2) >>> 0
    return (x ^ (x >>> 16)) >>> 0
  }
  const unmix = (value: number): number => {
    let x = undoXorShift(value, 16)
    x = Math.imul(x, M2_INVERSE) >>> 0
    x = undoXorShift(x, 15)
    x = Math.imul(x, M1_INVERSE) >>> 0
    x = undoXorShift(x, 16)
    return (x ^ key) >>> 0
  }
  const sessionId = (position: number): string =>
    `sess_${hex8(mix(position))}${hex8(hash32(position, salt))}${hex8(hash32(position, salt + 1))}`

  return {
    sessionId,
    positionOf(id, count) {
      const match = /^sess_([0-9a-f]{8})[0-9a-f]{16}$/.exec(id)
      if (!match?.[1]) return -1
      const position = unmix(parseInt(match[1], 16))
      return position < count && sessionId(position) === id ? position : -1
    },
    sortKey: mix,
    positionOfKey: unmix,
    teamId: `team_${hex8(hash32(seed, 0x7ea3))}${hex8(hash32(seed, 0x7ea4))}`,
  }
}
