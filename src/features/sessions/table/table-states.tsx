import { Button } from '../../../components/button.tsx'
import { EmptyState } from '../../../components/empty-state.tsx'
import { ErrorState } from '../../../components/error-state.tsx'
import { FilterIcon, RefreshIcon, SearchIcon } from '../../../components/icons.tsx'
import { isApiError } from '../../../lib/http-error.ts'
import { formatCount } from '../../../lib/format.ts'

/** No session matches: say which filters are active and offer to clear them. */
export function NoSessions({ filters, onClear }: { filters: string[]; onClear: () => void }) {
  if (filters.length === 0) {
    return (
      <EmptyState icon={<SearchIcon className="size-5" />} title="No sessions yet">
        Sessions appear here once an agent has run a browser with this account.
      </EmptyState>
    )
  }
  return (
    <EmptyState
      icon={<FilterIcon className="size-5" />}
      title="No sessions match these filters"
      actions={
        <Button variant="primary" onClick={onClear}>
          Clear all filters
        </Button>
      }
    >
      <p>Active filters:</p>
      <ul className="mt-2 flex flex-wrap justify-center gap-1.5">
        {filters.map((filter) => (
          <li
            key={filter}
            className="rounded-md bg-slate-100 px-2 py-0.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300"
          >
            {filter}
          </li>
        ))}
      </ul>
    </EmptyState>
  )
}

/** A page number beyond the last page (an old link, or results that shrank). */
export function PastTheEnd({
  page,
  lastPage,
  onGoToLast,
}: {
  page: number
  lastPage: number
  onGoToLast: () => void
}) {
  return (
    <EmptyState
      icon={<SearchIcon className="size-5" />}
      title={`Page ${formatCount(page)} is past the end`}
      actions={
        <Button variant="primary" onClick={onGoToLast}>
          Go to the last page ({formatCount(lastPage)})
        </Button>
      }
    >
      These results have {formatCount(lastPage)} {lastPage === 1 ? 'page' : 'pages'}.
    </EmptyState>
  )
}

/** The request failed: the API's own message, what to do about it, and a retry. */
export function SessionsError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const status = isApiError(error) ? error.status : null
  const retry = (
    <Button variant="primary" onClick={onRetry}>
      <RefreshIcon />
      Retry
    </Button>
  )
  if (status === 401) {
    return (
      <ErrorState
        title="The Anchor API did not accept the API key"
        message={error.message}
        actions={retry}
      >
        <p>
          Set{' '}
          <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-xs dark:bg-slate-800">
            ANCHOR_API_KEY
          </code>{' '}
          in the environment of the dashboard's server to a valid key from your Anchor Browser
          account, then restart the server. The key stays on the server and never reaches this page.
        </p>
      </ErrorState>
    )
  }
  const retryAfter = isApiError(error) ? error.retryAfterSeconds : null
  return (
    <ErrorState title="Sessions could not be loaded" message={error.message} actions={retry}>
      {retryAfter !== null && (
        <p>The API asks to wait {Math.ceil(retryAfter)} s before trying again.</p>
      )}
      {status === 400 && <p>The API rejected the request; changing the filters may help.</p>}
    </ErrorState>
  )
}
