import { useZoneChoice, zoneOf } from '../../../lib/clock.tsx'
import type { SessionsSearch } from '../search-params.ts'
import type { SetSearch } from '../use-sessions-search.ts'

/**
 * Said when the link names the zone its sender saw the view in, and it is not the person's own:
 * every time on the page is in that zone until they choose theirs.
 */
export function LinkZoneNotice({
  search,
  setSearch,
}: {
  search: SessionsSearch
  setSearch: SetSearch
}) {
  const mine = zoneOf(useZoneChoice())
  if (!search.tz || search.tz === mine) return null
  return (
    <p
      role="status"
      className="flex flex-wrap items-center gap-x-2 gap-y-1 rounded-lg bg-sky-50 px-3 py-2 text-sm text-sky-950 ring-1 ring-sky-200 ring-inset dark:bg-sky-400/10 dark:text-sky-100 dark:ring-sky-400/25"
    >
      <span>
        Times are in <strong className="font-semibold">{search.tz}</strong>, the zone this link was
        shared in.
      </span>
      <button
        type="button"
        onClick={() => setSearch({ tz: null }, { replace: true })}
        className="rounded px-1.5 py-0.5 font-medium text-sky-800 underline underline-offset-2 hover:bg-sky-100 dark:text-sky-200 dark:hover:bg-sky-400/15"
      >
        Show them in {mine}
      </button>
    </p>
  )
}
