import { describe, expect, it } from 'vitest'
import { firstVisitChunk } from './first-visit-chunk.ts'

/** main -> start helper; main ~> app (lazy) -> table -> helper; app ~> detail (lazy) -> chart. */
const imports: Record<string, string[]> = {
  '/r/main': ['/r/helper'],
  '/r/app': ['/r/table', '/r/helper'],
  '/r/table': ['/r/helper', '/r/format'],
  '/r/format': [],
  '/r/helper': [],
  '/r/detail': ['/r/format', '/r/chart'],
  '/r/chart': [],
}
const graph = { getModuleInfo: (id: string) => ({ importedIds: imports[id] ?? [] }) }

describe('firstVisitChunk', () => {
  const { name } = firstVisitChunk('/r', 'main', 'app')
  const chunkOf = (id: string) => name(`/r/${id}`, graph)

  it('puts what the app statically reaches in one chunk, shared code with lazy parts included', () => {
    expect(['table', 'format'].map(chunkOf)).toEqual(['app', 'app'])
  })

  it('keeps the entry and the app start in chunks of their own', () => {
    expect(chunkOf('main')).toBeNull()
    expect(chunkOf('app')).toBeNull()
  })

  it('puts what the entry imports in one chunk apart from the app', () => {
    expect(chunkOf('helper')).toBe('start')
  })

  it('leaves code only a lazy import reaches to its own chunk', () => {
    expect(chunkOf('detail')).toBeNull()
    expect(chunkOf('chart')).toBeNull()
  })
})
