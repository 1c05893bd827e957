import { ErrorBoundary } from '../../../components/error-boundary.tsx'
import { lazyWithPreload } from '../../../lib/lazy-with-preload.tsx'
import { encodeSearch, filtersOnly, type SessionsSearch } from '../search-params.ts'

// The whole summary loads as its own chunk, side by side with the first page's data: the table
// comes first, and the walk, aggregation and usage code stay out of the first bundle.
const { Component: SummaryRegion, preload: preloadSummaryRegion } = lazyWithPreload(
  () => import('./summary-region.tsx'),
  <SummarySkeleton />,
)
export { preloadSummaryRegion }

/** The credits summary region, in its own error boundary: if it breaks, the table stays. */
export function CreditsSummary({ search }: { search: SessionsSearch }) {
  const filters = encodeSearch(filtersOnly(search), 'url').toString()
  return (
    <ErrorBoundary region="The credits summary" resetKeys={[filters]}>
      <SummaryRegion search={search} />
    </ErrorBoundary>
  )
}

function SummarySkeleton() {
  return (
    <div
      aria-hidden="true"
      className="h-40 animate-pulse rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
    />
  )
}
