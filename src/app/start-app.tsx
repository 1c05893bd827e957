import type { QueryClient } from '@tanstack/react-query'
import { StrictMode, useEffect, type ReactNode } from 'react'
import { createRoot, hydrateRoot, type Root } from 'react-dom/client'
import { BrowserRouter } from 'react-router'
import type { EmbeddedRenderState } from '../../contract/server-render.ts'
import { AppProviders } from './app-providers.tsx'
import { createQueryClient } from './query-client.ts'
import { AppRoutes } from './router.tsx'
import { seedQueryClient } from './server-state.ts'

/**
 * Renders the app into `root`: hydrates what the server rendered there, from the very data and
 * clock it was rendered with (`serverState`), or renders from scratch where it rendered nothing.
 * `onCommitted` runs once that first render is on the page, every handler attached.
 */
export function startApp(
  root: HTMLElement,
  serverRenderState: EmbeddedRenderState | null,
  onCommitted: () => void = () => {},
): Root {
  const queryClient = createQueryClient()
  const serverState = serverRenderState && seeded(queryClient, serverRenderState)

  const app = (
    <StrictMode>
      <WhenCommitted run={once(onCommitted)}>
        <AppProviders
          queryClient={queryClient}
          clock={serverState && { timeZone: serverState.timeZone, now: serverState.now }}
        >
          {/* Every navigation renders as it happens. As transitions, a filter commit followed
            quickly by Back could be rendered as one, skipping the commit: the text box that
            made it never saw the URL change and kept showing a filter no longer applied. */}
          <BrowserRouter useTransitions={false}>
            <AppRoutes />
          </BrowserRouter>
        </AppProviders>
      </WhenCommitted>
    </StrictMode>
  )

  // Every part of the page hydrates in one pass, against the data it was rendered from: what the
  // server renders has its code in the app's own chunk (what loads lazily, it does not render).
  if (serverState !== null) return hydrateRoot(root, app)
  root.replaceChildren()
  const created = createRoot(root)
  created.render(app)
  return created
}

/** The state, once in the cache; null if its page cannot be read, so the app starts afresh. */
function seeded(queryClient: QueryClient, state: EmbeddedRenderState): EmbeddedRenderState | null {
  try {
    seedQueryClient(queryClient, state)
    return state
  } catch {
    queryClient.clear()
    return null
  }
}

/**
 * Runs `run` once its children have been committed (their effects run first). A wrapper, not a
 * sibling: a sibling would shift the ids of useId, which must match the server's.
 */
function WhenCommitted({ run, children }: { run: () => void; children: ReactNode }) {
  useEffect(run, [run])
  return children
}

/** `run`, made to do its work the first time only (StrictMode runs effects twice in dev). */
function once(run: () => void): () => void {
  let ran = false
  return () => {
    if (!ran) run()
    ran = true
  }
}
