import { sessionHref } from './drill.ts'
import { TableLink } from './table-link.tsx'

/** What the detail page needs to lead back to the list exactly as it was. */
export interface DetailLocationState {
  listSearch?: string
}

/** Read when the link is clicked, so no row has to re-render each time the URL changes. */
export const listState = (): DetailLocationState => ({ listSearch: window.location.search })

/**
 * The session id as a real link to its page (middle-click opens a tab). It is skipped by Tab
 * because the row itself is the keyboard stop: Enter on the row opens the same page.
 */
export function SessionIdLink({ id }: { id: string }) {
  return (
    <TableLink
      to={sessionHref(id)}
      state={listState}
      tabIndex={-1}
      onClick={(event) => event.stopPropagation()}
      title={id}
      className="block max-w-[7.5rem] truncate font-mono text-[13px] font-medium text-slate-900 hover:text-indigo-700 hover:underline dark:text-slate-100 dark:hover:text-indigo-300"
    >
      {id}
    </TableLink>
  )
}
