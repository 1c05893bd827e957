import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { ListClockProvider } from '../features/sessions/list-clock.tsx'
import { RenderedClockProvider, type RenderedClock } from '../lib/clock.tsx'

/**
 * What every render of the app sits in, on the server and in the browser alike; only the
 * router around the routes differs (StaticRouter there, BrowserRouter here).
 */
export function AppProviders({
  queryClient,
  clock,
  children,
}: {
  queryClient: QueryClient
  /** The zone and moment of a server render, while it is rendered or hydrated; else null. */
  clock: RenderedClock | null
  children: ReactNode
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <RenderedClockProvider clock={clock}>
        <ListClockProvider renderedAt={clock?.now ?? null}>{children}</ListClockProvider>
      </RenderedClockProvider>
    </QueryClientProvider>
  )
}
