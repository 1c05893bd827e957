import { lazy, Suspense } from 'react'
import { Route, Routes } from 'react-router'
import { SessionsListPage } from '../features/sessions/sessions-list-page.tsx'
import { AccountUsageRegion } from '../features/usage/account-usage-region.tsx'
import { Layout } from './layout.tsx'
import { NotFoundPage } from './not-found-page.tsx'
import { PageLoading } from './page-loading.tsx'

// Loaded on first visit: the list never pays for the detail page's code.
const SessionDetailPage = lazy(() =>
  import('../features/sessions/detail/session-detail-page.tsx').then((module) => ({
    default: module.SessionDetailPage,
  })),
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
        <Route
          path="sessions/:id"
          element={
            <Suspense fallback={<PageLoading label="Loading the session…" />}>
              <SessionDetailPage />
            </Suspense>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  )
}
