import { useQuery } from '@tanstack/react-query'
import { sessionsPageQuery } from '../api/sessions-page-query.ts'
import { useResolvedSearch } from '../list-clock.tsx'
import type { SessionsSearch } from '../search-params.ts'
import { TotalsStrip } from './totals-strip.tsx'

/**
 * The credits summary: one strip above the table with everything the filters match.
 * It reads the list's page from the shared cache (no request of its own for it) and keeps its own
 * loading and error states, so a slow or failed walk never holds up the table.
 */
export function SummaryRegion({ search }: { search: SessionsSearch }) {
  const page = useQuery(sessionsPageQuery(useResolvedSearch(search)))
  // A placeholder page belongs to the previous search: its total says nothing about these filters.
  const current = page.isPlaceholderData ? undefined : page.data

  return (
    <section
      aria-label="Credits summary"
      // A card, styled in src/styles/page.css.
      className="summary-card"
    >
      <TotalsStrip
        search={search}
        matchingTotal={current?.total ?? null}
        listFailed={page.isError}
      />
    </section>
  )
}
