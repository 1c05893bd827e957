import { sessionHref } from '../shared/drill.ts'
import { listState } from '../shared/list-return.ts'
import { rememberOpenedRow } from './row-focus-return.ts'
import { TableLink } from './table-link.tsx'

/**
 * The session id as a real link to its page (middle-click opens a tab). It is skipped by Tab
 * because the row itself is the keyboard stop: Enter on the row opens the same page.
 */
export function SessionIdLink({ id }: { id: string }) {
  return (
    <TableLink
      to={sessionHref(id)}
      state={() => {
        rememberOpenedRow(id)
        return listState(id)
      }}
      tabIndex={-1}
      title={id}
      className="sid"
    >
      {id}
    </TableLink>
  )
}
