/**
 * The interaction figures on the production build, one fresh context each: filter changes and
 * page changes from `/`, each beside the plain-DOM floor page doing the same (filter changes
 * change by change in turn, page changes in alternating halves), typing with 50 rows shown.
 */
import type { Browser, Page } from '@playwright/test'
import { newBenchContext } from './browser.ts'
import { appFilters, floorFilters, timeFilterChanges } from './filter-change.ts'
import { PAGE_CHANGES, timePageChanges, type PageChangeFigures } from './page-change.ts'
import { waitForApp, waitForFirstRows } from './page-clock.ts'
import { spread, type Spread } from './stats.ts'
import { summarizeTyping, typeOnce, type TypingFigures, type TypingRun } from './typing.ts'

const TYPING_RUNS = 5

export interface FilterChangeFigures {
  changes: number
  app: Spread
  /** The same changes on the plain-DOM floor page. */
  floor: Spread
}

export interface InteractionFigures {
  filterChange: FilterChangeFigures
  pageChange: PageChangeFigures
  typing: TypingFigures
}

/** `run` on a fresh page of `url`, once `ready` says the page can be used. */
export async function onPage<T>(
  browser: Browser,
  url: string,
  run: (page: Page) => Promise<T>,
  ready: (page: Page) => Promise<void> = waitForApp,
): Promise<T> {
  const context = await newBenchContext(browser)
  try {
    const page = await context.newPage()
    await page.goto(url)
    await ready(page)
    return await run(page)
  } finally {
    await context.close()
  }
}

export async function measureInteractions(
  browser: Browser,
  appUrl: string,
  /** The plain-DOM rows page, with the API query of the app's first page. */
  floorPage: string,
): Promise<InteractionFigures> {
  return {
    filterChange: await filterChanges(browser, `${appUrl}/`, floorPage),
    pageChange: await pageChanges(browser, `${appUrl}/`, floorPage),
    typing: summarizeTyping(await typingRuns(browser, `${appUrl}/?limit=50`)),
  }
}

/** App and floor open side by side, each change made on one, then the other. */
async function filterChanges(
  browser: Browser,
  appPage: string,
  floorPage: string,
): Promise<FilterChangeFigures> {
  const [app, floor] = await onPage(browser, appPage, (app) =>
    onPage(
      browser,
      floorPage,
      (floor) => timeFilterChanges([appFilters(app), floorFilters(floor)]),
      waitForFirstRows,
    ),
  )
  return { changes: app!.length, app: spread(app!), floor: spread(floor!) }
}

/** App and floor in alternating halves, so a slow moment of the machine falls on both alike. */
async function pageChanges(
  browser: Browser,
  appPage: string,
  floorPage: string,
): Promise<PageChangeFigures> {
  const half = PAGE_CHANGES / 2
  const app: number[] = []
  const floor: number[] = []
  for (let round = 0; round < 2; round++) {
    app.push(...(await onPage(browser, appPage, (page) => timePageChanges(page, half))))
    floor.push(
      ...(await onPage(
        browser,
        floorPage,
        (page) => timePageChanges(page, half),
        waitForFirstRows,
      )),
    )
  }
  return { changes: app.length, app: spread(app), floor: spread(floor) }
}

async function typingRuns(browser: Browser, url: string): Promise<TypingRun[]> {
  const runs: TypingRun[] = []
  for (let run = 0; run < TYPING_RUNS; run++) {
    runs.push(await onPage(browser, url, (page) => typeOnce(browser, page)))
  }
  return runs
}
