import { describe, expect, it } from 'vitest'
import { firstVisitChunk } from './first-visit-chunk.ts'

/** main -> helper; main ~> app.tsx (lazy) -> table -> helper; app ~> detail (lazy) -> chart. */
const imports: Record<string, string[]> = {
  '/r/main': ['/r/helper'],
  '/r/app.tsx': ['/r/table', '/r/helper'],
  '/r/table': ['/r/helper', '/r/format'],
  '/r/format': [],
  '/r/helper': [],
  '/r/detail': ['/r/format', '/r/chart'],
  '/r/chart': [],
}
const graph = { getModuleInfo: (id: string) => ({ importedIds: imports[id] ?? [] }) }

describe('firstVisitChunk', () => {
  const { name } = firstVisitChunk('/r', 'main', 'app.tsx')
  const chunkOf = (id: string) => name(`/r/${id}`, graph)

  it('puts the app and what it statically reaches in one chunk named after it, code shared with lazy parts included', () => {
    expect(['app.tsx', 'table', 'format'].map(chunkOf)).toEqual(['app', 'app', 'app'])
  })

  it('puts the entry and what it imports in one chunk apart from the app', () => {
    expect(chunkOf('main')).toBe('start')
    expect(chunkOf('helper')).toBe('start')
  })

  it('leaves code only a lazy import reaches to its own chunk', () => {
    expect(chunkOf('detail')).toBeNull()
    expect(chunkOf('chart')).toBeNull()
  })
})
