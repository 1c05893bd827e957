import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { MemoryRouter, useLocation } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { sessionsPageQuery } from './api/sessions-page-query.ts'
import { ListClockProvider } from './list-clock.tsx'
import { parseSearch } from './search-params.ts'
import { useSessionsSearch } from './use-sessions-search.ts'

type Hook = ReturnType<typeof useSessionsSearch>

/** Renders the hook in a router at `url`; `latest()` is its newest result and location. */
function renderAt(url: string, queryClient = new QueryClient()) {
  const seen: { hook?: Hook; search?: string } = {}
  function Probe() {
    seen.hook = useSessionsSearch()
    seen.search = useLocation().search
    return null
  }
  const wrap = (children: ReactNode) => (
    <QueryClientProvider client={queryClient}>
      <ListClockProvider renderedAt={null}>
        <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>
      </ListClockProvider>
    </QueryClientProvider>
  )
  render(wrap(<Probe />))
  return () => ({ ...seen.hook!, url: seen.search! })
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('useSessionsSearch', () => {
  it('composes changes made before the router renders', () => {
    const latest = renderAt('/?page=3')
    act(() => {
      latest().setSearch({ status: 'failed' })
      latest().setSearch({ proxy: true })
      latest().setSearch((current) => ({ tags: [...current.tags, 'a'] }))
      latest().setSearch((current) => ({ tags: [...current.tags, 'b'] }))
    })
    expect(latest().url).toBe('?status=failed&tags=a,b&proxy=true')
  })

  it('rewrites a bad URL in place and keeps the reasons until dismissed', () => {
    const latest = renderAt('/?limit=37&status=failed&proxy=maybe')
    expect(latest().url).toBe('?status=failed')
    expect(latest().urlProblems.map((problem) => problem.param)).toEqual(['limit', 'proxy'])
    act(() => latest().dismissProblems())
    expect(latest().urlProblems).toEqual([])
    expect(latest().url).toBe('?status=failed')
  })

  it('writes nothing when nothing changes', () => {
    const latest = renderAt('/?status=failed')
    const before = latest().search
    act(() => latest().setSearch({ status: 'failed' }))
    expect(latest().search).toBe(before)
  })

  it('sends the new page request with the change, under the key the table will read', () => {
    const fetch = vi.fn((_input: RequestInfo | URL) => new Promise<Response>(() => {}))
    vi.stubGlobal('fetch', fetch)
    const queryClient = new QueryClient()
    const latest = renderAt('/?page=3', queryClient)
    act(() => latest().setSearch({ status: 'failed' }))
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(String(fetch.mock.calls[0]![0])).toContain('status=failed')
    // What the table asks for once the URL has rendered: the same query, already on its way.
    const { queryKey } = sessionsPageQuery(parseSearch(latest().url).search)
    expect(queryClient.getQueryState(queryKey)?.fetchStatus).toBe('fetching')
  })
})
