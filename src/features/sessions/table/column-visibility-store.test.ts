import { describe, expect, it } from 'vitest'
import { STORAGE_KEYS } from '../../../lib/browser-storage.ts'
import { readColumnVisibility } from './column-visibility-store.ts'

const defaults = { tags: true, browser_ip: false }
const storage = (value: string | null) => ({
  getItem: (key: string) => (key === STORAGE_KEYS.columns ? value : null),
})

describe('stored column choice', () => {
  it('applies a stored choice over the defaults', () => {
    expect(readColumnVisibility(defaults, storage('{"tags":false,"browser_ip":true}'))).toEqual({
      tags: false,
      browser_ip: true,
    })
  })
  it.each(['{not json', '[1,2]', '"text"', 'null', '42'])('ignores a corrupt value %s', (raw) => {
    expect(readColumnVisibility(defaults, storage(raw))).toEqual(defaults)
  })
  it('drops unknown columns and non-boolean values', () => {
    expect(readColumnVisibility(defaults, storage('{"gone":true,"tags":"no"}'))).toEqual(defaults)
  })
  it('works without storage at all', () => {
    expect(readColumnVisibility(defaults, null)).toEqual(defaults)
  })
})
