/**
 * Filter change to new rows visible, 50 changes, each to a filter set not seen before (so no
 * answer comes from the cache). The path walks the boolean filters in a ternary Gray code: one
 * click per change. `playground: Yes` is left out, since no playground session is started by a
 * task and some of its combinations match nothing (an empty state has no rows to time).
 * Floor: the plain-DOM rows page (bench/floor/rows) making the same changes with its own radios:
 * the same API request, its rows swapped in with DOM code, the same mark after their paint.
 */
import type { Page } from '@playwright/test'
import { filterSpec, SEARCH_PARAMS } from '../src/features/sessions/search-registry.ts'
import { armInputClock, inputToRowsMs, trackNetwork } from './page-clock.ts'
import { CHOICES, type ChoiceLabel, type WalkedFilter } from './walked-filters.ts'

const CHANGES = 50
const WALKED: readonly WalkedFilter[] = ['task_initiated', 'proxy', 'extra_stealth']
const LIST_PATH = '/api/v1/sessions'

/** A page the walk clicks through, and how it names each walked filter's radio group. */
export interface FilterPage {
  page: Page
  legendOf: (filter: WalkedFilter) => string
}

/** The app's sidebar: each boolean filter's radio group under its title. */
export const appFilters = (page: Page): FilterPage => ({
  page,
  legendOf: (filter) => {
    const { control } = filterSpec(filter)
    return control.kind === 'boolean' ? control.title : filter
  },
})

/** The floor page: each radio group under its API parameter's name. */
export const floorFilters = (page: Page): FilterPage => ({
  page,
  legendOf: (filter) => SEARCH_PARAMS[filter].api,
})

/** Reflected ternary Gray code: consecutive entries differ in exactly one digit. */
function grayCode(digits: number): number[][] {
  if (digits === 0) return [[]]
  const shorter = grayCode(digits - 1)
  return [0, 1, 2].flatMap((digit) =>
    (digit === 1 ? [...shorter].reverse() : shorter).map((rest) => [digit, ...rest]),
  )
}

/** Each step: which filter's radio to click and which choice. */
function clickPath(): Array<{ filter: WalkedFilter; choice: ChoiceLabel }> {
  const code = grayCode(WALKED.length)
  const steps: Array<{ filter: WalkedFilter; choice: ChoiceLabel }> = []
  const walk = (states: number[][]) => {
    for (let k = 1; k < states.length; k++) {
      const at = states[k]!.findIndex((digit, i) => digit !== states[k - 1]![i])
      steps.push({ filter: WALKED[at]!, choice: CHOICES[states[k]![at]!]!.label })
    }
  }
  walk(code)
  // Then the same 27 combinations again under `playground: No`, walked backwards.
  steps.push({ filter: 'playground', choice: 'No' })
  walk([...code].reverse())
  return steps.slice(0, CHANGES)
}

/** The list requests a page makes, each as its sorted parameters (orders may differ). */
function trackListRequests(page: Page): {
  since: (count: number) => string[]
  count: () => number
} {
  const requests: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.pathname !== LIST_PATH) return
    url.searchParams.sort()
    requests.push(url.searchParams.toString())
  })
  return { since: (count) => requests.slice(count), count: () => requests.length }
}

/**
 * The walk on each of `pages` (each showing its first rows), change by change in turn (app,
 * floor, app, floor…), so that a slow moment of the machine falls on all alike. Each change is
 * timed from the click to its rows' mark. Returns each page's times, in the order given. The
 * first page's requests must include each request of the others: a floor that asked the API
 * something else would not be doing the same change.
 */
export async function timeFilterChanges(pages: readonly FilterPage[]): Promise<number[][]> {
  const tracked = pages.map(({ page }) => ({
    network: trackNetwork(page),
    requests: trackListRequests(page),
  }))
  const times = pages.map((): number[] => [])
  for (const step of clickPath()) {
    const asked: string[][] = []
    for (const [index, { page, legendOf }] of pages.entries()) {
      // Every page quiet: a totals walk the app started must not slow the floor's request.
      for (const { network } of tracked) await network.quiet()
      const { requests } = tracked[index]!
      const before = requests.count()
      const search = await armInputClock(page, 'click')
      await page
        .getByRole('group', { name: legendOf(step.filter) })
        .getByRole('radio', { name: step.choice })
        .click()
      times[index]!.push(await inputToRowsMs(page, search))
      asked.push(requests.since(before))
    }
    const [first, ...others] = asked
    for (const request of others.map((list) => list[0])) {
      if (request === undefined || !first!.includes(request)) {
        throw new Error(`the floor asked for ${request}, the app for ${first!.join(' and ')}`)
      }
    }
  }
  return times
}
