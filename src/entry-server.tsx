/**
 * The server-side entry: renders the list page with its first page of sessions, for the
 * server (server/page-render.ts) to send as HTML. Built apart (`vite build --ssr`); the
 * browser never loads it. Other pages are rendered in the browser only.
 */
import { prerender } from 'react-dom/static'
import { StaticRouter } from 'react-router'
import type {
  ApiAnswer,
  EmbeddedRenderState,
  RenderPage,
  ServerRenderState,
} from '../contract/server-render.ts'
import { AppProviders } from './app/app-providers.tsx'
import { createQueryClient } from './app/query-client.ts'
import { AppRoutes } from './app/router.tsx'
import { readFirstPage, seedQueryClient } from './app/server-state.ts'
import {
  encodeSearch,
  parseSearch,
  resolveCreatedRange,
} from './features/sessions/search-params.ts'

/**
 * The first page, if the API gave one the app can show. Anything else (an error status, a
 * body the app cannot read, no answer in time) leaves the page to the browser, which asks
 * again and shows what went wrong the way it always does.
 */
async function fetchFirstPage(
  fetchApi: (pathAndQuery: string) => Promise<ApiAnswer>,
  apiQuery: string,
): Promise<{ body: string; data: unknown } | null> {
  try {
    const answer = await fetchApi(`/api/v1/sessions?${apiQuery}`)
    if (answer.status !== 200) return null
    const data: unknown = JSON.parse(answer.body)
    readFirstPage(apiQuery, data)
    return { body: answer.body, data }
  } catch {
    return null
  }
}

export const renderPage: RenderPage = async ({ url, fetchApi, timeZone, now, mode }) => {
  const { pathname, search: query } = new URL(url, 'http://server.invalid')
  if (pathname !== '/') return null
  const search = resolveCreatedRange(parseSearch(query).search, now, timeZone)
  const apiQuery = encodeSearch(search, 'api').toString()
  const answer = await fetchFirstPage(fetchApi, apiQuery)
  // Rendered from the body parsed, as the browser parses it from the page (serverStateJson).
  const state: EmbeddedRenderState = {
    timeZone,
    now,
    mode,
    firstPage: answer && { apiQuery, data: answer.data },
  }
  const queryClient = createQueryClient()
  try {
    seedQueryClient(queryClient, state)
    // Boundaries are written in place, never as chunks put together by inline scripts (which
    // the CSP forbids); prerender also waits for anything lazy not loaded ahead.
    const { prelude } = await prerender(
      <AppProviders queryClient={queryClient} clock={{ timeZone, now }}>
        <StaticRouter location={url}>
          <AppRoutes />
        </StaticRouter>
      </AppProviders>,
      { progressiveChunkSize: Number.POSITIVE_INFINITY },
    )
    const rendered: ServerRenderState = {
      ...state,
      firstPage: answer && { apiQuery, body: answer.body },
    }
    return { html: await new Response(prelude).text(), state: rendered }
  } finally {
    // Each query schedules its own garbage collection (up to 15 minutes for the totals), and
    // that timer held the whole per-request client, its data with it, long after the page
    // went out: thousands of renders' worth under load. The page is sent; drop it all now.
    queryClient.clear()
  }
}
