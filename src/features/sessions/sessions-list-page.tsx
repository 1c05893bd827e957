import { CreditsSummary } from './summary/credits-summary.tsx'
import { SessionsTableRegion } from './table/sessions-table-region.tsx'
import { useSessionsSearch } from './use-sessions-search.ts'

/**
 * The list page: the URL's search drives everything on it. Layout: a notice row for URL
 * problems on top; on large screens a filter sidebar beside the main column; in the main
 * column a toolbar, the credits summary, then the table.
 */
export function SessionsListPage() {
  const { search, setSearch } = useSessionsSearch()
  return (
    <div className="space-y-4">
      <div className="grid gap-6">
        <div className="min-w-0 space-y-4">
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="text-xl font-semibold tracking-tight text-slate-900 dark:text-white">
              Sessions
            </h1>
          </div>
          <CreditsSummary search={search} />
          <SessionsTableRegion search={search} setSearch={setSearch} />
        </div>
      </div>
    </div>
  )
}
