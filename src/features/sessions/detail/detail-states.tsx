import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { buttonClasses } from '../../../components/button.tsx'
import { EmptyState } from '../../../components/empty-state.tsx'
import { SearchIcon } from '../../../components/icons.tsx'
import { Skeleton } from '../../../components/skeleton.tsx'

/** A session the page cannot show, why, and the way back to the list. */
function NoSessionShown(props: {
  pageTitle: string
  title: string
  backTo: string
  children: ReactNode
}) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <title>{`${props.pageTitle} · Anchor Sessions`}</title>
      <EmptyState
        icon={<SearchIcon className="size-5" />}
        title={props.title}
        actions={
          <Link to={props.backTo} className={buttonClasses('primary')}>
            Back to sessions
          </Link>
        }
      >
        <p>{props.children}</p>
      </EmptyState>
    </div>
  )
}

const idClasses = 'font-mono break-all text-slate-900 dark:text-slate-100'

/** The id names no session of this account (a 404 from the API). */
export function SessionNotFound({ id, backTo }: { id: string; backTo: string }) {
  return (
    <NoSessionShown pageTitle="Session not found" title="Session not found" backTo={backTo}>
      No session with the id <code className={idClasses}>{id}</code> exists in this account. The
      link may be mistyped, or the session may belong to another account.
    </NoSessionShown>
  )
}

/**
 * The address cannot name a session at all (a character no id has, a broken `%` escape, a
 * pasted fragment of 10 KB): nothing is asked of the API, and no Retry is offered, since
 * asking again could not help.
 */
export function NoSuchSessionAddress({ id, backTo }: { id: string; backTo: string }) {
  const shown = id.length > 80 ? `${id.slice(0, 80)}…` : id
  return (
    <NoSessionShown
      pageTitle="No such session"
      title="This address names no session"
      backTo={backTo}
    >
      <code className={idClasses}>{shown}</code> cannot be a session id: ids are letters, digits,{' '}
      <code>_</code> and <code>-</code>. The link may have been cut or mistyped.
    </NoSessionShown>
  )
}

/** The page's shape while the session loads. */
export function DetailSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading session" className="space-y-5">
      <Skeleton className="h-7 w-80 max-w-full" />
      <Skeleton className="h-4 w-64" />
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} className="h-[74px] rounded-xl" />
        ))}
      </div>
      <div className="grid gap-5 lg:grid-cols-2">
        <Skeleton className="h-72 rounded-xl" />
        <Skeleton className="h-72 rounded-xl" />
      </div>
    </div>
  )
}
