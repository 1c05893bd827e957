import { useQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { sessionsPageQuery } from '../api/sessions-page-query.ts'
import { useResolvedSearch } from '../list-clock.tsx'
import type { SessionsSearch } from '../search-params.ts'
import { FilterTotals } from './filter-totals.tsx'
import { PageSummary } from './page-summary.tsx'

/**
 * The credits summary: the page on screen and everything the filters match.
 * It reads the list's page from the shared cache (no request of its own for it) and keeps its own
 * loading and error states, so a slow or failed walk never holds up the table.
 */
export default function SummaryRegion({ search }: { search: SessionsSearch }) {
  const headingId = useId()
  const page = useQuery(sessionsPageQuery(useResolvedSearch(search)))
  // A placeholder page belongs to the previous search: its total says nothing about these filters.
  const current = page.isPlaceholderData ? undefined : page.data

  return (
    <section
      aria-labelledby={headingId}
      className="@container space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id={headingId} className="sr-only">
        Credits summary
      </h2>
      <PageSummary page={page.data} isStale={page.isPlaceholderData || page.isPending} />
      <div className="border-t border-slate-200 pt-4 dark:border-slate-800">
        <FilterTotals
          search={search}
          matchingTotal={current?.total ?? null}
          pageRows={current?.sessions.length ?? 0}
          isCounting={page.isPending || page.isPlaceholderData}
        />
      </div>
    </section>
  )
}
