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
      <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/85 backdrop-blur dark:border-slate-800 dark:bg-slate-900/85">
        <div className="mx-auto flex h-14 max-w-[1920px] items-center gap-2 px-4 sm:gap-3 sm:px-6">
          <Link
            to="/"
            className="flex items-center gap-2 font-semibold tracking-tight whitespace-nowrap"
          >
            <img src={logoUrl} alt="" className="size-6" />
            <span>Anchor Sessions</span>
          </Link>
          <DemoDataMarker />
          <AccountMenu />
        </div>
      </header>
      <main className="mx-auto max-w-[1920px] px-4 py-5 sm:px-6">
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
      className="rounded-full bg-amber-100 px-2.5 whitespace-nowrap py-0.5 text-xs font-medium text-amber-900 ring-1 ring-amber-300 dark:bg-amber-400/15 dark:text-amber-200 dark:ring-amber-400/30"
      title="No ANCHOR_API_KEY is configured on the server: these sessions come from the local emulator."
    >
      Demo data
    </span>
  )
}
