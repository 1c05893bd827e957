/**
 * Filter change to new rows visible, 50 changes, each to a filter set not seen before (so no
 * answer comes from the cache). The path walks the boolean filters in a ternary Gray code: one
 * click per change. `playground: Yes` is left out, since no playground session is started by a
 * task and some of its combinations match nothing (an empty state has no rows to time).
 * Floor: the same API request's round trip alone, fetched from the page.
 */
import { encodeSearch, parseSearch } from '../src/features/sessions/search-params.ts'
import { filterSpec } from '../src/features/sessions/search-registry.ts'
import type { Page } from '@playwright/test'
import { apiRoundTripMs, armInputClock, inputToRowsMs, trackNetwork } from './page-clock.ts'
import { spread, type Spread } from './stats.ts'

const CHANGES = 50
/** The sidebar's radio labels for the values 0, 1, 2 of a Gray-code digit. */
const CHOICES = ['Any', 'Yes', 'No'] as const
type WalkedFilter = 'task_initiated' | 'playground' | 'proxy' | 'extra_stealth'
const WALKED: readonly WalkedFilter[] = ['task_initiated', 'proxy', 'extra_stealth']
/** The legend of a boolean filter's radio group in the sidebar. */
const legendOf = (filter: WalkedFilter) => {
  const { control } = filterSpec(filter)
  return control.kind === 'boolean' ? control.title : filter
}

export interface FilterChangeFigures {
  changes: number
  app: Spread
  /** The same requests' round trips from the page: fetch and JSON parse only. */
  floor: Spread
}

/** Reflected ternary Gray code: consecutive entries differ in exactly one digit. */
function grayCode(digits: number): number[][] {
  if (digits === 0) return [[]]
  const shorter = grayCode(digits - 1)
  return [0, 1, 2].flatMap((digit) =>
    (digit === 1 ? [...shorter].reverse() : shorter).map((rest) => [digit, ...rest]),
  )
}

/** Each step: which filter's radio to click and which choice. */
function clickPath(): Array<{ filter: WalkedFilter; choice: (typeof CHOICES)[number] }> {
  const code = grayCode(WALKED.length)
  const steps: Array<{ filter: WalkedFilter; choice: (typeof CHOICES)[number] }> = []
  const walk = (states: number[][]) => {
    for (let k = 1; k < states.length; k++) {
      const at = states[k]!.findIndex((digit, i) => digit !== states[k - 1]![i])
      steps.push({ filter: WALKED[at]!, choice: CHOICES[states[k]![at]!]! })
    }
  }
  walk(code)
  // Then the same 27 combinations again under `playground: No`, walked backwards.
  steps.push({ filter: 'playground', choice: 'No' })
  walk([...code].reverse())
  return steps.slice(0, CHANGES)
}

/** `page` shows the app's `/` with its first rows. */
export async function measureFilterChanges(page: Page): Promise<FilterChangeFigures> {
  const network = trackNetwork(page)
  const app: number[] = []
  const floor: number[] = []
  for (const step of clickPath()) {
    await network.quiet()
    const before = await armInputClock(page, 'click')
    await page
      .getByRole('group', { name: legendOf(step.filter) })
      .getByRole('radio', { name: step.choice })
      .click()
    app.push(await inputToRowsMs(page, before))
    // Quiet first: a totals walk the new filters started must not slow the floor's request.
    await network.quiet()
    const { search } = parseSearch(new URL(page.url()).search)
    floor.push(await apiRoundTripMs(page, `/api/v1/sessions?${encodeSearch(search, 'api')}`))
  }
  return { changes: app.length, app: spread(app), floor: spread(floor) }
}
