import { memo } from 'react'
import { ErrorBoundary } from '../../components/error-boundary.tsx'
import { lazyWithPreload } from '../../lib/lazy-with-preload.tsx'

interface AccountUsageProps {
  createdFrom: string | null
  createdTo: string | null
}

// Usage and billing load as their own small chunk: the first rows never wait for them.
const { Component: AccountUsage, preload: preloadAccountUsage } =
  lazyWithPreload<AccountUsageProps>(
    () => import('./account-usage.tsx').then((module) => ({ default: module.AccountUsage })),
    null,
  )
export { preloadAccountUsage }

/**
 * The whole account's usage, apart from the filtered figures: its endpoints take none of the
 * list's filters, only the created range. Memoized: a page change or most filter changes leave
 * it as it is.
 */
export const AccountUsageRegion = memo(function AccountUsageRegion(props: AccountUsageProps) {
  return (
    <ErrorBoundary region="Account usage">
      <AccountUsage {...props} />
    </ErrorBoundary>
  )
})
