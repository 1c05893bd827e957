import { Route, Routes } from 'react-router'
import { SessionsListPage } from '../features/sessions/sessions-list-page.tsx'
import { AccountUsageRegion } from '../features/usage/account-usage-region.tsx'
import { lazyWithPreload } from '../lib/lazy-with-preload.tsx'
import { Layout } from './layout.tsx'
import { PageLoading } from './page-loading.tsx'

// Loaded on the first visit to a session: the list never pays for the detail page's code.
const { Component: SessionDetailPage } = lazyWithPreload(
  async () => ({
    default: (await import('../features/sessions/detail/session-detail-page.tsx'))
      .SessionDetailPage,
  }),
  <PageLoading label="Loading the session…" />,
)
// A wrong address is rare: its page is not part of the list's first visit.
const { Component: NotFoundPage } = lazyWithPreload(
  async () => ({ default: (await import('./not-found-page.tsx')).NotFoundPage }),
  null,
)

/**
 * Declarative routes: the app loads no data through the router (TanStack Query does), so the
 * data router's code would be weight on the first load and nothing else.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route
          index
          element={<SessionsListPage accountUsage={(range) => <AccountUsageRegion {...range} />} />}
        />
        <Route path="sessions/:id" element={<SessionDetailPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  )
}
