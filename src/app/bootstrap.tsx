import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { BrowserRouter } from 'react-router'
import { takeFirstPageRequest } from '../features/sessions/api/first-page-request.ts'
import { sessionsPageQuery } from '../features/sessions/api/sessions-page-query.ts'
import { createQueryClient } from './query-client.ts'
import { AppRoutes } from './router.tsx'

const queryClient = createQueryClient()

// The entry script already asked for the first page; its answer seeds the cache. Should it
// fail, the list's own query sees the error on mount and retries as usual.
const firstPage = takeFirstPageRequest()
if (firstPage) {
  void queryClient.prefetchQuery({
    ...sessionsPageQuery(firstPage.search),
    queryFn: () => firstPage.response,
  })
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      {/* Every navigation renders as it happens. As transitions, a filter commit followed
          quickly by Back could be rendered as one, skipping the commit: the text box that made
          it never saw the URL change and kept showing a filter that was no longer applied. */}
      <BrowserRouter useTransitions={false}>
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
)
