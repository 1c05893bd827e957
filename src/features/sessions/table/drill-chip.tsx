import type { MouseEvent } from 'react'
import { Menu, menuItemClasses } from '../../../components/menu.tsx'
import type { SessionsSearch } from '../search-params.ts'
import { addToListHref, onlyInListHref, type ListFilterName } from '../shared/drill.ts'
import { TableLink, useTableNavigate } from './table-link.tsx'

const NOUN: Record<ListFilterName, string> = { tags: 'tag', domains: 'domain' }

/**
 * A tag or domain that drills: a click adds it to its filter, Alt/Option-click shows only it.
 * A real link (middle-click opens a tab); its click stops here, so it never also opens the row.
 * One element: a page holds dozens of chips, and each element costs every page change.
 */
function DrillChip({
  search,
  name,
  value,
}: {
  search: SessionsSearch
  name: ListFilterName
  value: string
}) {
  const navigate = useTableNavigate()
  const noun = NOUN[name]

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.altKey) {
      event.preventDefault()
      void navigate(onlyInListHref(search, name, value))
    }
  }

  return (
    <TableLink
      to={addToListHref(search, name, value)}
      onClick={onClick}
      aria-label={`Filter by ${noun} ${value}`}
      // The whole value on hover (the chip cuts it); the drill menu says both drills in words.
      title={value}
      className={search[name].includes(value) ? 'chip on' : 'chip'}
    >
      {value}
    </TableLink>
  )
}

/**
 * The chips of one list cell: the first few, then one menu (`menus`: only where scripts run, it
 * cannot open without them) that offers, for every value of the cell, hidden ones included,
 * both drills in words: add it to the filter, or show only it.
 */
export function DrillChipList({
  search,
  name,
  values,
  max = 1,
  menus,
}: {
  search: SessionsSearch
  name: ListFilterName
  values: string[]
  max?: number
  menus: boolean
}) {
  const hidden = values.length - max
  const noun = NOUN[name]
  const filtersFor =
    values.length === 1 ? `filters for ${noun} ${values[0]}` : `filters for these ${name}`
  return (
    <>
      {values.slice(0, max).map((value) => (
        <DrillChip key={value} search={search} name={name} value={value} />
      ))}
      {menus && (
        <Menu
          label={hidden > 0 ? `${hidden} more ${name}: ${filtersFor}` : `More ${filtersFor}`}
          trigger={hidden > 0 ? `+${hidden}` : null}
          triggerClassName={hidden > 0 ? 'more' : 'more chevron'}
        >
          <DrillItems search={search} name={name} values={values} chips={max} />
        </Menu>
      )}
    </>
  )
}

/** Both drills of each value, as menu items; their hrefs are built when the menu opens. */
function DrillItems({
  search,
  name,
  values,
  chips,
}: {
  search: SessionsSearch
  name: ListFilterName
  values: string[]
  /** How many values are shown as chips, which Alt-click narrows to. */
  chips: number
}) {
  const noun = NOUN[name]
  return values.flatMap((value, index) => [
    <TableLink
      key={`add\n${value}`}
      role="menuitem"
      tabIndex={-1}
      to={addToListHref(search, name, value)}
      className={menuItemClasses}
    >
      Add {noun} “{value}” to the filter
    </TableLink>,
    <TableLink
      key={`only\n${value}`}
      role="menuitem"
      tabIndex={-1}
      to={onlyInListHref(search, name, value)}
      className={menuItemClasses}
    >
      Show only {noun} “{value}”
      {index < chips && (
        <kbd className="ml-auto pl-3 font-sans text-[11px] text-slate-500 dark:text-slate-400">
          Alt-click
        </kbd>
      )}
    </TableLink>,
  ])
}
