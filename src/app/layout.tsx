import { useQuery } from '@tanstack/react-query'
import { Link, Outlet, useLocation } from 'react-router'
import logoUrl from '../assets/logo.svg'
import { ErrorBoundary } from '../components/error-boundary.tsx'
import { AccountMenu } from '../features/account/account-menu.tsx'
import { metaQuery } from '../features/meta/meta-query.ts'

export function Layout() {
  const location = useLocation()
  return (
    <div className="min-h-dvh">
      {/* Header and main are styled in src/styles/page.css. */}
      <header className="app-header">
        <div>
          <Link to="/" className="home">
            <img src={logoUrl} alt="" />
            <span>Anchor Sessions</span>
          </Link>
          <DemoDataMarker />
          <AccountMenu />
        </div>
      </header>
      <main className="app-main">
        {/* The last line of defence, for what fails outside every region's own boundary; it
            tries again on the next navigation. */}
        <ErrorBoundary region="This page" resetKeys={[location.key]}>
          <Outlet />
        </ErrorBoundary>
      </main>
    </div>
  )
}

/** Nobody should mistake the emulator's sessions for their own account. */
function DemoDataMarker() {
  const { data } = useQuery(metaQuery)
  if (data?.mode !== 'emulator') return null
  return (
    <span
      className="demo-marker"
      title="No ANCHOR_API_KEY is configured on the server: these sessions come from the local emulator."
    >
      Demo data
    </span>
  )
}
