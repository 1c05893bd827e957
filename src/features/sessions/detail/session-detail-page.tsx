import { useQuery } from '@tanstack/react-query'
import { Link, useLocation, useParams } from 'react-router'
import { Button } from '../../../components/button.tsx'
import { ErrorBoundary } from '../../../components/error-boundary.tsx'
import { ErrorState } from '../../../components/error-state.tsx'
import { ArrowLeftIcon, RefreshIcon } from '../../../components/icons.tsx'
import { isNotFound, sessionDetailQuery } from '../api/session-detail.ts'
import type { DetailLocationState } from '../shared/list-return.ts'
import { JsonCard } from './configuration-card.tsx'
import { Card } from './card.tsx'
import { DetailFields } from './detail-fields.tsx'
import { DetailHeader } from './detail-header.tsx'
import { DetailSkeleton, SessionNotFound } from './detail-states.tsx'
import { RecordingsCard } from './recordings-card.tsx'
import { toSessionView } from './session-view.ts'
import { useSessionListItem } from './use-session-list-item.ts'
import { ValueChips } from './value-chips.tsx'

/**
 * `/sessions/:id`: one session's whole story. Deep-linkable; the way back returns to the list
 * exactly as it was (its search rides in navigation state), or to the plain list otherwise.
 */
export function SessionDetailPage() {
  const { id = '' } = useParams()
  const location = useLocation()
  const listSearch = (location.state as DetailLocationState | null)?.listSearch ?? ''
  const backTo = `/${listSearch}`
  const detail = useQuery(sessionDetailQuery(id))
  const { item } = useSessionListItem(id, detail.data?.createdAt ?? null)

  let content
  if (detail.isPending) content = <DetailSkeleton />
  else if (detail.isError && isNotFound(detail.error))
    content = <SessionNotFound id={id} backTo={backTo} />
  else if (detail.isError) {
    content = (
      <ErrorState
        title="This session could not be loaded"
        message={detail.error.message}
        actions={
          <Button variant="primary" onClick={() => void detail.refetch()}>
            <RefreshIcon />
            Retry
          </Button>
        }
      />
    )
  } else {
    const session = toSessionView(detail.data, item)
    content = (
      <div className="space-y-5">
        <title>{`${session.id} · Anchor Sessions`}</title>
        <DetailHeader session={session} />
        <div className="grid gap-5 lg:grid-cols-2">
          <div className="min-w-0 space-y-5">
            <ErrorBoundary region="The session's details" resetKeys={[id]}>
              <Card title="Tags and domains">
                <h3 className="mb-2 text-xs font-medium text-slate-500 dark:text-slate-400">
                  Tags
                </h3>
                <ValueChips name="tags" values={session.tags} />
                <h3 className="mt-4 mb-2 text-xs font-medium text-slate-500 dark:text-slate-400">
                  Domains visited
                </h3>
                <ValueChips name="domains" values={session.domains} />
              </Card>
              <DetailFields session={session} />
              <RecordingsCard id={session.id} />
            </ErrorBoundary>
          </div>
          <div className="min-w-0 space-y-5">
            <ErrorBoundary region="The configuration" resetKeys={[id]}>
              <JsonCard title="Configuration" value={session.configuration} />
              <JsonCard title="Tokens" value={session.tokens} />
              {session.stepRecords && (
                <JsonCard title="Step records" value={session.stepRecords} openDepth={1} />
              )}
            </ErrorBoundary>
          </div>
        </div>
      </div>
    )
  }

  return (
    <div className="space-y-4">
      <Link
        to={backTo}
        className="inline-flex items-center gap-1.5 rounded text-sm font-medium text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-white"
      >
        <ArrowLeftIcon />
        {listSearch ? 'Back to the list' : 'All sessions'}
      </Link>
      <ErrorBoundary region="This session" resetKeys={[id]}>
        {content}
      </ErrorBoundary>
    </div>
  )
}
