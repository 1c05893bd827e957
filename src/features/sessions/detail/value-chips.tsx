import { Link } from 'react-router'
import { DEFAULT_SEARCH } from '../search-params.ts'
import { Missing } from '../shared/values.tsx'
import { listHref, type ListFilterName } from '../shared/drill.ts'

const NOUN: Record<ListFilterName, string> = { tags: 'tag', domains: 'domain' }

/** Tags or domains as chips, each opening the list of every session that has it. */
export function ValueChips({ name, values }: { name: ListFilterName; values: string[] | null }) {
  if (!values?.length) return <Missing />
  return (
    <ul className="flex flex-wrap gap-1.5">
      {values.map((value) => (
        <li key={value} className="max-w-full min-w-0">
          <Link
            to={listHref(DEFAULT_SEARCH, { [name]: [value] })}
            title={`All sessions with ${NOUN[name]} “${value}”`}
            className="inline-block max-w-full truncate rounded-md bg-slate-50 px-2 py-0.5 text-xs text-slate-700 ring-1 ring-slate-200 ring-inset hover:bg-indigo-50 hover:text-indigo-800 hover:ring-indigo-300 dark:bg-slate-800/70 dark:text-slate-300 dark:ring-slate-700 dark:hover:bg-indigo-400/15 dark:hover:text-indigo-200"
          >
            <span className="sr-only">Sessions with {NOUN[name]} </span>
            {value}
          </Link>
        </li>
      ))}
    </ul>
  )
}
