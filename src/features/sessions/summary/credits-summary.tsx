import { ErrorBoundary } from '../../../components/error-boundary.tsx'
import { STORAGE_KEYS } from '../../../lib/browser-storage.ts'
import { useStoredFlag } from '../../../lib/use-stored-flag.ts'
import { encodeSearch, filtersOnly, type SessionsSearch } from '../search-params.ts'
import { DetailsPanel } from './details-panel.tsx'
import { SummaryRegion } from './summary-region.tsx'

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
