import { memo, type Ref } from 'react'
import { ErrorBoundary } from '../../components/error-boundary.tsx'
import { lazyWithPreload } from '../../lib/lazy-with-preload.tsx'
import { useNearViewport } from '../../lib/use-near-viewport.ts'

interface AccountUsageProps {
  createdFrom: string | null
  createdTo: string | null
}

// Usage and billing load as their own small chunk, with their data, once the card is about to
// be seen: it sits below the rows, and most visits never scroll that far.
const { Component: AccountUsage } = lazyWithPreload(
  async () => ({ default: (await import('./account-usage.tsx')).AccountUsage }),
  <UsagePlaceholder />,
)

/**
 * The whole account's usage, apart from the filtered figures: its endpoints take none of the
 * list's filters, only the created range. Memoized: a page change or most filter changes leave
 * it as it is. The server renders its place only.
 */
export const AccountUsageRegion = memo(function AccountUsageRegion(props: AccountUsageProps) {
  const [place, near] = useNearViewport<HTMLDivElement>()
  return (
    <ErrorBoundary region="Account usage">
      {near ? <AccountUsage {...props} /> : <UsagePlaceholder ref={place} />}
    </ErrorBoundary>
  )
})

/** Where the card comes, about its height on a wide screen. */
function UsagePlaceholder({ ref }: { ref?: Ref<HTMLDivElement> }) {
  return (
    <div
      ref={ref}
      aria-hidden="true"
      // Styled in src/styles/page.css.
      className="usage-placeholder"
    />
  )
}
