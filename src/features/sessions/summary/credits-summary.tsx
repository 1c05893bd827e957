import { ErrorBoundary } from '../../../components/error-boundary.tsx'
import { STORAGE_KEYS } from '../../../lib/browser-storage.ts'
import { lazyWithPreload } from '../../../lib/lazy-with-preload.tsx'
import { useStoredFlag } from '../../../lib/use-stored-flag.ts'
import { encodeSearch, filtersOnly, type SessionsSearch } from '../search-params.ts'
import { DetailsPanel } from './details-panel.tsx'

// The whole summary loads as its own chunk, side by side with the first page's data: the table
// comes first, and the walk, aggregation and usage code stay out of the first bundle.
const { Component: SummaryRegion, preload: preloadSummaryRegion } = lazyWithPreload(
  () => import('./summary-region.tsx'),
  <SummarySkeleton />,
)
export { preloadSummaryRegion }

const regionKey = (search: SessionsSearch) => encodeSearch(filtersOnly(search), 'url').toString()

/** The credits strip above the table, in its own error boundary: if it breaks, the table stays. */
export function CreditsSummary({ search }: { search: SessionsSearch }) {
  return (
    <ErrorBoundary region="The credits summary" resetKeys={[regionKey(search)]}>
      <SummaryRegion search={search} />
    </ErrorBoundary>
  )
}

/**
 * The chart and breakdowns below the table, while opened from the strip (remembered in this
 * browser). The server cannot know that choice and renders nothing here: the panel and its
 * code come after the page has hydrated, if at all.
 */
export function CreditsDetails({ search }: { search: SessionsSearch }) {
  const [open] = useStoredFlag(STORAGE_KEYS.creditsDetails)
  if (!open) return null
  return (
    <ErrorBoundary region="The chart and breakdowns" resetKeys={[regionKey(search)]}>
      <DetailsPanel search={search} />
    </ErrorBoundary>
  )
}

/** As tall as the strip, so the rows below do not move when it comes. */
function SummarySkeleton() {
  return (
    <div
      aria-hidden="true"
      className="h-[4.125rem] animate-pulse rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
    />
  )
}
