import type { ReactNode } from 'react'
import { TimeZoneOverride } from '../../lib/clock.tsx'
import { LinkZoneNotice } from './filters/link-zone-notice.tsx'
import { ActiveFilterChips } from './filters/active-filter-chips.tsx'
import { CopyLinkButton } from './filters/copy-link-button.tsx'
import { FilterSidebar } from './filters/filter-sidebar.tsx'
import { FiltersSheetButton } from './filters/filters-sheet-button.tsx'
import { UrlProblemsNotice } from './filters/url-problems-notice.tsx'
import { CreditsSummary } from './summary/credits-summary.tsx'
import { SessionsTableRegion } from './table/sessions-table-region.tsx'
import { useResolvedSearch } from './list-clock.tsx'
import { useSessionsSearch } from './use-sessions-search.ts'

/**
 * The list page: the URL's search drives everything on it. Layout: a notice row for URL
 * problems on top; on large screens a filter sidebar beside the main column; in the main
 * column a toolbar, the credits summary, the table, then the whole account's usage.
 */
export function SessionsListPage({
  accountUsage,
}: {
  /** The whole account's usage over the created range, which another feature shows. */
  accountUsage: (range: { createdFrom: string | null; createdTo: string | null }) => ReactNode
}) {
  const { search, setSearch, urlProblems, dismissProblems } = useSessionsSearch()
  const resolved = useResolvedSearch(search)
  return (
    <TimeZoneOverride zone={search.tz}>
      <div className="space-y-4">
        <UrlProblemsNotice problems={urlProblems} onDismiss={dismissProblems} />
        <LinkZoneNotice search={search} setSearch={setSearch} />
        <div className="grid gap-6 lg:grid-cols-[18rem_minmax(0,1fr)]">
          <div className="hidden lg:block">
            <FilterSidebar search={search} setSearch={setSearch} />
          </div>
          <div className="min-w-0 space-y-4">
            <div className="flex flex-wrap items-center gap-3">
              <h1 className="text-xl font-semibold tracking-tight text-slate-900 dark:text-white">
                Sessions
              </h1>
              <div className="lg:hidden">
                <FiltersSheetButton search={search} setSearch={setSearch} />
              </div>
              <div className="ml-auto flex items-center gap-2">
                <CopyLinkButton />
              </div>
            </div>
            <ActiveFilterChips search={search} setSearch={setSearch} />
            <CreditsSummary search={search} />
            <SessionsTableRegion search={search} setSearch={setSearch} />
            {accountUsage({ createdFrom: resolved.created_from, createdTo: resolved.created_to })}
          </div>
        </div>
      </div>
    </TimeZoneOverride>
  )
}
