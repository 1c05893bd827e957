import { useMemo } from 'react'
import { useTimeZone } from '../../../lib/clock.tsx'
import type { SessionsSearch } from '../search-params.ts'
import { CreditsChart } from './credits-chart.tsx'
import { creditsOverTime } from './time-buckets.ts'
import type { WalkResult } from '../api/walk-pages.ts'

/**
 * The lazily loaded entry of the chart: buckets the walked sessions over the filtered range
 * (or, without one, from the first session to the last), by the hours and days of the zone the
 * page shows times in, and draws them.
 */
export default function CreditsOverTimeChart({
  walk,
  search,
}: {
  walk: WalkResult
  search: SessionsSearch
}) {
  const zone = useTimeZone()
  const rangeTo = search.created_to ? walk.createdTo : null
  const data = useMemo(
    () => creditsOverTime(walk.sessions, { from: walk.createdFrom, to: rangeTo }, zone),
    [walk.sessions, walk.createdFrom, rangeTo, zone],
  )
  if (data.buckets.length === 0) return null
  return <CreditsChart data={data} />
}
