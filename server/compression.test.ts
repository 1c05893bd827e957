import { describe, expect, it } from 'vitest'
import { pickEncoding } from './compression.ts'

describe('pickEncoding', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['identity', null],
    ['deflate', null],
    // A coding weighed 0 is refused, whatever its spelling.
    ['gzip, br;q=0', 'gzip'],
    ['BR; Q=0, gzip', 'gzip'],
    ['br;q=0.000, gzip;q=0.001', 'gzip'],
    ['br;q=0, gzip;q=0', null],
    // The heavier coding wins; Brotli on a tie.
    ['br;q=0.5, gzip;q=0.8', 'gzip'],
    ['gzip;q=0.5, br;q=0.5', 'br'],
    // `*` stands for every coding not named.
    ['*', 'br'],
    ['*;q=0', null],
    ['*;q=0, identity', null],
    ['br;q=0, *', 'gzip'],
    ['gzip;q=0.2, *;q=0.5', 'br'],
    // Nonsense weights count as refusals, not as 1.
    ['br;q=abc, gzip', 'gzip'],
  ])('Accept-Encoding %j -> %j', (header, expected) => {
    expect(pickEncoding(header)).toBe(expected)
  })
})
