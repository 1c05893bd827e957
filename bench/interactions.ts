/**
 * The interaction figures on the production build, one fresh context each: filter changes and
 * page changes from `/`, typing with 50 rows shown.
 */
import type { Browser, Page } from '@playwright/test'
import { newBenchContext } from './browser.ts'
import { measureFilterChanges, type FilterChangeFigures } from './filter-change.ts'
import { measurePageChanges, type PageChangeFigures } from './page-change.ts'
import { waitForApp } from './page-clock.ts'
import { summarizeTyping, typeOnce, type TypingFigures, type TypingRun } from './typing.ts'

const TYPING_RUNS = 5

export interface InteractionFigures {
  filterChange: FilterChangeFigures
  pageChange: PageChangeFigures
  typing: TypingFigures
}

async function onPage<T>(
  browser: Browser,
  url: string,
  run: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await newBenchContext(browser)
  try {
    const page = await context.newPage()
    await page.goto(url)
    await waitForApp(page)
    return await run(page)
  } finally {
    await context.close()
  }
}

export async function measureInteractions(
  browser: Browser,
  appUrl: string,
): Promise<InteractionFigures> {
  return {
    filterChange: await onPage(browser, `${appUrl}/`, measureFilterChanges),
    pageChange: await onPage(browser, `${appUrl}/`, measurePageChanges),
    typing: summarizeTyping(await typingRuns(browser, `${appUrl}/?limit=50`)),
  }
}

async function typingRuns(browser: Browser, url: string): Promise<TypingRun[]> {
  const runs: TypingRun[] = []
  for (let run = 0; run < TYPING_RUNS; run++) {
    runs.push(await onPage(browser, url, (page) => typeOnce(browser, page)))
  }
  return runs
}
