import {
  createContext,
  useContext,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react'
import { Link, useNavigate, type NavigateFunction } from 'react-router'

/**
 * Links for the table's rows. A page of 50 rows holds some 250 links (session, chips, key); the
 * router's `<Link>` costs a handful of hooks each (path resolution, click and prefetch handlers,
 * its own navigate), which made links the largest part of rendering and unmounting a page of
 * rows. Here a row link is a plain `<a>` whose click is handed to one navigate function read
 * once for the whole table. The hrefs are the app's own absolute paths (see drill.ts), so the
 * router has nothing to resolve.
 */
const TableNavigate = createContext<NavigateFunction | null>(null)

/** Gives the links below it the table's one navigate function. */
export function TableNavigation({ children }: { children: ReactNode }) {
  const navigate = useNavigate()
  return <TableNavigate.Provider value={navigate}>{children}</TableNavigate.Provider>
}

/** The navigate function of the table around (for clicks that are not on a link's href). */
export function useTableNavigate(): NavigateFunction {
  const tableNavigate = useContext(TableNavigate)
  if (!tableNavigate) throw new Error('useTableNavigate is for use inside <TableNavigation>')
  return tableNavigate
}

interface TableLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** An absolute path of this app, query included, already encoded. */
  to: string
  /** History state for the page the link opens, read when it is clicked. */
  state?: () => unknown
}

/** The router's rule: only a plain left click on a link for this tab is the app's to handle. */
function isPlainLeftClick(event: MouseEvent<HTMLAnchorElement>, target: string | undefined) {
  const modified = event.metaKey || event.altKey || event.ctrlKey || event.shiftKey
  return event.button === 0 && (!target || target === '_self') && !modified
}

/**
 * An internal link that behaves as the router's `<Link>` does: a plain click navigates in the
 * app (replacing the history entry when it leads where the page already is), any other click is
 * the browser's (new tab, new window, download). Outside a table it is the router's `<Link>`.
 */
export function TableLink({ to, state, onClick, ...props }: TableLinkProps) {
  const navigate = useContext(TableNavigate)
  if (!navigate) return <Link to={to} state={state?.()} onClick={onClick} {...props} />
  return (
    <a
      href={to}
      {...props}
      onClick={(event) => {
        onClick?.(event)
        if (event.defaultPrevented || !isPlainLeftClick(event, props.target)) return
        event.preventDefault()
        const here = `${window.location.pathname}${window.location.search}${window.location.hash}`
        void navigate(to, { state: state?.(), replace: here === to })
      }}
    />
  )
}
