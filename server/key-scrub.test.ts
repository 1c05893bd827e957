import { describe, expect, it } from 'vitest'
import { keyScrubber, SCRUBBED } from './key-scrub.ts'

describe('keyScrubber', () => {
  it('replaces every occurrence of the key, as sent, JSON-escaped and percent-encoded', () => {
    const key = 'sk-a"b\\c/d e+f'
    const scrub = keyScrubber(key)
    const echoes = [
      `Invalid API key: ${key}`,
      JSON.stringify({ error: `bad key ${key} and again ${key}` }),
      `https://api.example/v1?key=${encodeURIComponent(key)}`,
    ]
    for (const echo of echoes) {
      const scrubbed = scrub(echo)
      expect(scrubbed).toContain(SCRUBBED)
      expect(scrubbed).not.toContain(key)
      expect(scrubbed).not.toContain(JSON.stringify(key).slice(1, -1))
      expect(scrubbed).not.toContain(encodeURIComponent(key))
    }
    expect(JSON.parse(scrub(echoes[1]!))).toEqual({
      error: `bad key ${SCRUBBED} and again ${SCRUBBED}`,
    })
  })

  it('treats the key as text, not as a pattern', () => {
    const scrub = keyScrubber('a.c')
    expect(scrub('abc a.c')).toBe(`abc ${SCRUBBED}`)
  })

  it('leaves text without the key, and everything when there is no key, unchanged', () => {
    expect(keyScrubber('secret-123')('nothing to see')).toBe('nothing to see')
    expect(keyScrubber('')('nothing to see')).toBe('nothing to see')
  })
})
