import { lazy, memo, Suspense } from 'react'
import { ErrorBoundary } from '../../components/error-boundary.tsx'

// Usage and billing load as their own small chunk: the first rows never wait for them.
const AccountUsage = lazy(() =>
  import('./account-usage.tsx').then((module) => ({ default: module.AccountUsage })),
)

/**
 * The whole account's usage, apart from the filtered figures: its endpoints take none of the
 * list's filters, only the created range. Memoized: a page change or most filter changes leave
 * it as it is.
 */
export const AccountUsageRegion = memo(function AccountUsageRegion(props: {
  createdFrom: string | null
  createdTo: string | null
}) {
  return (
    <ErrorBoundary region="Account usage">
      <Suspense fallback={null}>
        <AccountUsage {...props} />
      </Suspense>
    </ErrorBoundary>
  )
})
