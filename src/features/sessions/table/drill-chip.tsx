import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { Menu, menuItemClasses } from '../../../components/menu.tsx'
import type { SessionsSearch } from '../search-params.ts'
import { addToListHref, onlyInListHref, type ListFilterName } from '../shared/drill.ts'

const NOUN: Record<ListFilterName, string> = { tags: 'tag', domains: 'domain' }

export const isListFilterName = (id: string): id is ListFilterName => Object.hasOwn(NOUN, id)

interface ChipListProps {
  search: SessionsSearch
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
 * Alt/Option-click shows only it. The row handles both (SessionRows, with onlyChipHref below),
 * and neither also opens the row.
 */
export function drillChipList({ search, name, values, max = 1, menus }: ChipListProps): ReactNode {
  const hidden = values.length - max
  const noun = NOUN[name]
  const filtersFor =
    values.length === 1 ? `filters for ${noun} ${values[0]}` : `filters for these ${name}`
  // Keyed by position, as the rows are: the next page's chips reuse these elements.
  const chip = (value: string, position: number) => (
    <a
      key={position}
      href={addToListHref(search, name, value)}
      aria-label={`Filter by ${noun} ${value}`}
      // The whole value on hover (the chip cuts it); the drill menu says both drills in words.
      title={value}
      className={search[name].includes(value) ? 'chip on' : 'chip'}
    >
      {value}
    </a>
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

/** What the row's click handler finds a chip by (see SessionRows). */
export const CHIP_SELECTOR = 'a.chip'

/**
 * The "show only" drill of a chip clicked with Alt/Option: the chip's value is its session's
 * own, at the chip's place among the chips of its cell.
 */
export function onlyChipHref(
  chip: Element,
  search: SessionsSearch,
  name: ListFilterName,
  values: readonly string[],
): string | null {
  const cell = chip.closest('td')
  const value = cell ? values[[...cell.querySelectorAll(CHIP_SELECTOR)].indexOf(chip)] : undefined
  return value === undefined ? null : onlyInListHref(search, name, value)
}
