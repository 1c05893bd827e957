import type { ReactNode } from 'react'
import { TimeZoneOverride } from '../../lib/clock.tsx'
import { LinkZoneNotice } from './filters/link-zone-notice.tsx'
import { ActiveFilterChips } from './filters/active-filter-chips.tsx'
import { CopyLinkButton } from './filters/copy-link-button.tsx'
import { FilterSidebar } from './filters/filter-sidebar.tsx'
import { FiltersSheetButton } from './filters/filters-sheet-button.tsx'
import { UrlProblemsNotice } from './filters/url-problems-notice.tsx'
import { CreditsDetails, CreditsSummary } from './summary/credits-summary.tsx'
import { SessionsTableRegion } from './table/sessions-table-region.tsx'
import { SESSION_ROWS_ID } from './table/sessions-table.tsx'
import { useResolvedSearch } from './list-clock.tsx'
import { useSessionsSearch } from './use-sessions-search.ts'

/**
 * The list page: the URL's search drives everything on it. Layout: a notice row for URL
 * problems on top; on large screens a filter sidebar beside the main column; in the main
 * column a toolbar, the one-line credits strip, the table (the rows come first: at 1440×900
 * a dozen of them are in view on load), then the chart and breakdowns when opened, then the
 * whole account's usage.
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
        <SkipToRows />
        <UrlProblemsNotice problems={urlProblems} onDismiss={dismissProblems} />
        <LinkZoneNotice search={search} setSearch={setSearch} />
        <div className="grid gap-6 lg:grid-cols-[18rem_minmax(0,1fr)]">
          <div className="hidden lg:block">
            <FilterSidebar search={search} setSearch={setSearch} />
          </div>
          <div className="min-w-0 space-y-4">
            <div className="flex flex-wrap items-center gap-3">
              <h1 className="page-title">Sessions</h1>
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
            <CreditsDetails search={search} />
            {accountUsage({ createdFrom: resolved.created_from, createdTo: resolved.created_to })}
          </div>
        </div>
      </div>
    </TimeZoneOverride>
  )
}

/**
 * The first stop of the keyboard on this page: past the filter panel's dozens of controls
 * straight to the first row. Without scripts it is a plain link to the rows.
 */
function SkipToRows() {
  return (
    <a
      href={`#${SESSION_ROWS_ID}`}
      onClick={(event) => {
        const firstRow = document.querySelector<HTMLElement>(`#${SESSION_ROWS_ID} tr`)
        if (!firstRow) return
        event.preventDefault()
        firstRow.focus()
      }}
      // Hidden until it has the focus: src/styles/page.css.
      className="skip-link"
    >
      Skip to the sessions
    </a>
  )
}
