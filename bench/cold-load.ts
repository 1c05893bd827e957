/**
 * Cold load to first rows visible: a fresh browser context per run (empty cache, new
 * connections), time from navigation start to the `sessions:rows-visible` mark, read from the
 * page's own clock. The app at `/` against the plain-DOM floor page fetching the same API page.
 * The app's server renders those rows into the page itself, so the browser asks the API for
 * nothing before they show; the floor asks for the same page the server did.
 */
import type { Browser } from '@playwright/test'
import { encodeSearch, parseSearch } from '../src/features/sessions/search-params.ts'
import { spread, type Spread } from './stats.ts'
import { newBenchContext } from './browser.ts'

const RUNS = 10
const MARK_TIMEOUT_MS = 20_000

/** The API request behind the app's first page; the floor page is given it as its own query. */
export const FIRST_PAGE_API_QUERY = `?${encodeSearch(parseSearch('').search, 'api')}`

export interface ColdLoadFigures {
  runs: number
  /** The API request behind the first page, which the floor makes from the browser. */
  apiRequest: string
  /** Whether the app's rows came rendered by its server (no list request from the browser). */
  serverRendered: boolean
  app: Spread
  floor: Spread
  ratio: number
}

interface OneLoad {
  markMs: number
  apiRequests: string[]
}

async function loadOnce(browser: Browser, url: string): Promise<OneLoad> {
  const context = await newBenchContext(browser)
  try {
    const page = await context.newPage()
    const apiRequests: string[] = []
    page.on('request', (request) => {
      const { pathname, search } = new URL(request.url())
      if (pathname === '/api/v1/sessions') apiRequests.push(search)
    })
    await page.goto(url, { waitUntil: 'commit' })
    const handle = await page.waitForFunction(
      () => performance.getEntriesByName('sessions:rows-visible')[0]?.startTime,
      undefined,
      { timeout: MARK_TIMEOUT_MS, polling: 50 },
    )
    return { markMs: (await handle.jsonValue()) as number, apiRequests }
  } finally {
    await context.close()
  }
}

export async function measureColdLoad(
  browser: Browser,
  appUrl: string,
  floorUrl: string,
): Promise<ColdLoadFigures> {
  // Warm-up: server JIT, the emulator's first sort, the browser's own start-up.
  const warm = await loadOnce(browser, `${appUrl}/`)
  const apiRequest = FIRST_PAGE_API_QUERY
  // Later requests (the next page, prefetched once the rows are in) are not the first page's.
  const askedForFirstPage = (load: OneLoad) => load.apiRequests.includes(apiRequest)
  const serverRendered = !askedForFirstPage(warm)
  const floorPage = `${floorUrl}/${apiRequest}`
  await loadOnce(browser, floorPage)

  const app: number[] = []
  const floor: number[] = []
  // Alternated, so a busy moment of the machine hits both alike.
  for (let run = 0; run < RUNS; run++) {
    const order = run % 2 === 0 ? ['app', 'floor'] : ['floor', 'app']
    for (const which of order) {
      if (which === 'app') {
        const load = await loadOnce(browser, `${appUrl}/`)
        if (askedForFirstPage(load) === serverRendered) {
          throw new Error('the app changed how it loads its first page')
        }
        app.push(load.markMs)
      } else {
        floor.push((await loadOnce(browser, floorPage)).markMs)
      }
    }
  }
  const appSpread = spread(app)
  const floorSpread = spread(floor)
  return {
    runs: RUNS,
    apiRequest,
    serverRendered,
    app: appSpread,
    floor: floorSpread,
    ratio: Math.round((appSpread.p50 / floorSpread.p50) * 100) / 100,
  }
}
