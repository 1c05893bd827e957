import { createBrowserRouter } from 'react-router'
import { SessionsListPage } from '../features/sessions/sessions-list-page.tsx'
import { Layout } from './layout.tsx'
import { NotFoundPage } from './not-found-page.tsx'
import { RouteErrorPage } from './route-error-page.tsx'

export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <SessionsListPage /> },
      {
        // Loaded on first visit: the list never pays for the detail page's code.
        path: 'sessions/:id',
        lazy: () =>
          import('../features/sessions/detail/session-detail-page.tsx').then((module) => ({
            Component: module.SessionDetailPage,
          })),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
])
