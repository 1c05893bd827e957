import { useQuery } from '@tanstack/react-query'
import { SESSION_ID_PATTERN } from '../../../../contract/anchor-api.ts'
import { Link, useLocation, useParams } from 'react-router'
import { Button } from '../../../components/button.tsx'
import { ErrorBoundary } from '../../../components/error-boundary.tsx'
import { ErrorState } from '../../../components/error-state.tsx'
import { RefreshIcon } from '../../../components/icons.tsx'
import { ArrowLeftIcon } from '../../../components/media-icons.tsx'
import { isNotFound, sessionDetailQuery } from '../api/session-detail.ts'
import type { DetailLocationState } from '../shared/list-return.ts'
import { JsonCard } from './configuration-card.tsx'
import { Card } from './card.tsx'
import { DetailFields } from './detail-fields.tsx'
import { DetailHeader } from './detail-header.tsx'
import { DetailSkeleton, NoSuchSessionAddress, SessionNotFound } from './detail-states.tsx'
import { FilesCard } from './media/files-card.tsx'
import { WatchCard } from './media/watch-card.tsx'
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
  const isSessionId = SESSION_ID_PATTERN.test(id)
  const detail = useQuery({ ...sessionDetailQuery(id), enabled: isSessionId })
  const { item } = useSessionListItem(id, detail.data?.createdAt ?? null)

  let content
  if (!isSessionId) content = <NoSuchSessionAddress id={id} backTo={backTo} />
  else if (detail.isPending) content = <DetailSkeleton />
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
        <ErrorBoundary region="The recording" resetKeys={[id]}>
          <WatchCard session={session} />
        </ErrorBoundary>
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
              <FilesCard id={session.id} />
            </ErrorBoundary>
          </div>
          <div className="min-w-0 space-y-5">
            <ErrorBoundary region="The configuration" resetKeys={[id]}>
              <JsonCard title="Configuration" value={session.configuration} />
              <JsonCard title="Tokens" value={session.tokens} />
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
