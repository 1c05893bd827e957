import { useQuery } from '@tanstack/react-query'
import { sessionsPageQuery } from './api/sessions-page.ts'
import { useSessionsSearch } from './use-sessions-search.ts'

/** The first slice through the chain: page 1 from the API, in a plain table. */
export function SessionsListPage() {
  const { search } = useSessionsSearch()
  const { data, error, isPending } = useQuery(sessionsPageQuery(search))

  if (isPending) return <p>Loading sessions…</p>
  if (error) return <p role="alert">{error.message}</p>
  return (
    <table className="w-full text-left text-sm">
      <caption className="text-left">{data.total} sessions</caption>
      <thead>
        <tr>
          <th>Created</th>
          <th>Session</th>
          <th>Status</th>
          <th>Credits</th>
        </tr>
      </thead>
      <tbody>
        {data.sessions.map((session) => (
          <tr key={session.id}>
            <td>{session.createdAt ?? '—'}</td>
            <td>{session.id}</td>
            <td>{session.status ?? '—'}</td>
            <td>{session.credits ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
