import type { MouseEvent } from 'react'
import { Menu, menuItemClasses } from '../../../components/menu.tsx'
import type { SessionsSearch } from '../search-params.ts'
import { addToListHref, onlyInListHref, type ListFilterName } from './drill.ts'
import { TableLink, useTableNavigate } from './table-link.tsx'

const NOUN: Record<ListFilterName, string> = { tags: 'tag', domains: 'domain' }

/**
 * A tag or domain that drills: a click adds it to its filter, Alt/Option-click shows only it,
 * and the small menu (`menu`: only where scripts run, it cannot open without them) offers both
 * in words. Both are real links; clicks stop here so they never also open the row around them.
 */
export function DrillChip({
  search,
  name,
  value,
  menu,
}: {
  search: SessionsSearch
  name: ListFilterName
  value: string
  menu: boolean
}) {
  const navigate = useTableNavigate()
  const noun = NOUN[name]
  const addHref = addToListHref(search, name, value)
  const active = search[name].includes(value)

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.stopPropagation()
    if (event.altKey) {
      event.preventDefault()
      void navigate(onlyInListHref(search, name, value))
    }
  }

  return (
    <span
      className={`group/chip relative inline-flex max-w-28 min-w-0 items-stretch rounded-md text-xs ring-1 ring-inset ${
        active
          ? 'bg-indigo-50 text-indigo-800 ring-indigo-300 dark:bg-indigo-400/15 dark:text-indigo-200 dark:ring-indigo-400/40'
          : 'bg-slate-50 text-slate-700 ring-slate-200 dark:bg-slate-800/70 dark:text-slate-300 dark:ring-slate-700'
      }`}
    >
      <TableLink
        to={addHref}
        onClick={onClick}
        onKeyDown={(event) => event.stopPropagation()}
        aria-label={`Filter by ${noun} ${value}`}
        title={`Add ${noun} “${value}” to the filter · Alt-click: only this ${noun}`}
        className="truncate rounded-md px-2 py-0.5 pointer-coarse:pr-6 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-500"
      >
        {value}
      </TableLink>
      {menu && (
        <Menu
          label={`More filters for ${noun} ${value}`}
          trigger={null}
          // The chevron is drawn by CSS: one element less per chip, of which a page has dozens.
          triggerClassName="absolute inset-y-0 right-0 grid w-5 place-items-center before:size-1.5 before:-translate-y-px before:rotate-45 before:border-r-[1.5px] before:border-b-[1.5px] before:border-current before:content-[''] rounded-r-md bg-inherit text-slate-500 opacity-0 group-hover/chip:opacity-100 hover:text-slate-900 focus-visible:opacity-100 focus-visible:outline-2 focus-visible:outline-indigo-500 pointer-coarse:opacity-100 dark:text-slate-400 dark:hover:text-white"
        >
          <TableLink role="menuitem" tabIndex={-1} to={addHref} className={menuItemClasses}>
            Add to filter
          </TableLink>
          <OnlyThisItem search={search} name={name} value={value} />
        </Menu>
      )}
    </span>
  )
}

/** Its own component so that its href is only built when the menu opens, not for every chip. */
function OnlyThisItem({
  search,
  name,
  value,
}: {
  search: SessionsSearch
  name: ListFilterName
  value: string
}) {
  return (
    <TableLink
      role="menuitem"
      tabIndex={-1}
      to={onlyInListHref(search, name, value)}
      className={menuItemClasses}
    >
      Show only this {NOUN[name]}
      <kbd className="ml-auto pl-3 font-sans text-[11px] text-slate-500 dark:text-slate-400">
        Alt-click
      </kbd>
    </TableLink>
  )
}

/** The chips of one list cell: the first few, then a menu with the rest. */
export function DrillChipList({
  search,
  name,
  values,
  max = 2,
  menus,
}: {
  search: SessionsSearch
  name: ListFilterName
  values: string[]
  max?: number
  /** Whether each chip has its menu (see DrillChip). */
  menus: boolean
}) {
  const shown = values.slice(0, max)
  const rest = values.slice(max)
  return (
    <div className="flex items-center gap-1">
      {/* Keyed by position, as the rows are: the next page's chips reuse these elements. */}
      {shown.map((value, position) => (
        <DrillChip key={position} search={search} name={name} value={value} menu={menus} />
      ))}
      {rest.length > 0 && (
        <Menu
          label={`${rest.length} more ${name}`}
          trigger={`+${rest.length}`}
          triggerClassName="rounded-md px-1.5 py-0.5 text-xs font-medium text-slate-500 ring-1 ring-slate-200 ring-inset hover:bg-slate-100 dark:text-slate-400 dark:ring-slate-700 dark:hover:bg-slate-800"
        >
          <MoreItems search={search} name={name} values={rest} />
        </Menu>
      )}
    </div>
  )
}

/** The rest of a cell's values as menu items; their hrefs are built when the menu opens. */
function MoreItems({
  search,
  name,
  values,
}: {
  search: SessionsSearch
  name: ListFilterName
  values: string[]
}) {
  return values.map((value) => (
    <TableLink
      key={value}
      role="menuitem"
      tabIndex={-1}
      to={addToListHref(search, name, value)}
      className={menuItemClasses}
    >
      Add “{value}” to the filter
    </TableLink>
  ))
}
