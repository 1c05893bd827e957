import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router'
import { createQueryClient } from './app/query-client.ts'
import { router } from './app/router.tsx'
import { sessionsPageQuery } from './features/sessions/api/sessions-page.ts'
import { parseSearch } from './features/sessions/search-params.ts'
import './index.css'

const queryClient = createQueryClient()

// Start the first page's request before React renders, so data and code load side by side.
if (window.location.pathname === '/') {
  void queryClient.prefetchQuery(sessionsPageQuery(parseSearch(window.location.search).search))
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
)
