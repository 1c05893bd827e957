import type { MouseEvent, ReactNode } from 'react'
import { Link, type NavigateFunction } from 'react-router'
import { Menu, menuItemClasses } from '../../../components/menu.tsx'
import type { SessionsSearch } from '../search-params.ts'
import { addToListHref, onlyInListHref, type ListFilterName } from '../shared/drill.ts'

const NOUN: Record<ListFilterName, string> = { tags: 'tag', domains: 'domain' }

interface ChipListProps {
  search: SessionsSearch
  /** For Alt/Option-click, which the link itself leaves to the browser. */
  navigate: NavigateFunction
  name: ListFilterName
  values: string[]
  max?: number
  /** Only where scripts run: a menu cannot open without them. */
  menus: boolean
}

/**
 * The chips of one list cell: the first few, then one menu that offers, for every value of the
 * cell, hidden ones included, both drills in words: add it to the filter, or show only it.
 * A chip is a real link (middle-click opens a tab): a click adds its value to the filter,
 * Alt/Option-click shows only it; its click stops here, so it never also opens the row.
 */
export function drillChipList({
  search,
  navigate,
  name,
  values,
  max = 1,
  menus,
}: ChipListProps): ReactNode {
  const hidden = values.length - max
  const noun = NOUN[name]
  const filtersFor =
    values.length === 1 ? `filters for ${noun} ${values[0]}` : `filters for these ${name}`
  // Keyed by position, as the rows are: the next page's chips reuse these elements.
  const chip = (value: string, position: number) => (
    <Link
      key={position}
      to={addToListHref(search, name, value)}
      // No lazy route discovery here (a declarative router): its attribute only adds bytes.
      discover="none"
      onClick={(event: MouseEvent) => {
        if (!event.altKey) return
        event.preventDefault()
        void navigate(onlyInListHref(search, name, value))
      }}
      aria-label={`Filter by ${noun} ${value}`}
      // The whole value on hover (the chip cuts it); the drill menu says both drills in words.
      title={value}
      className={search[name].includes(value) ? 'chip on' : 'chip'}
    >
      {value}
    </Link>
  )
  return (
    <>
      {values.slice(0, max).map(chip)}
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
    <Link
      key={`add\n${value}`}
      role="menuitem"
      tabIndex={-1}
      to={addToListHref(search, name, value)}
      className={menuItemClasses}
    >
      Add {noun} “{value}” to the filter
    </Link>,
    <Link
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
    </Link>,
  ])
}
