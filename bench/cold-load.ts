/**
 * Cold load to first rows visible: a fresh browser context per run (empty cache, new
 * connections), time from navigation start to the `sessions:rows-visible` mark, read from the
 * page's own clock. The app at `/` against the plain-DOM floor page fetching the same API page.
 */
import type { Browser } from '@playwright/test'
import { spread, type Spread } from './stats.ts'
import { newBenchContext } from './browser.ts'

const RUNS = 10
const MARK_TIMEOUT_MS = 20_000

export interface ColdLoadFigures {
  runs: number
  /** The API request the app made for its first page; the floor made the same one. */
  apiRequest: string
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
  // Warm-up (server JIT, emulator's first sort, the browser's own start-up), and the app's
  // first request, which the floor is then told to make.
  const warm = await loadOnce(browser, `${appUrl}/`)
  const apiRequest = warm.apiRequests[0]
  if (!apiRequest) throw new Error('the app made no /api/v1/sessions request')
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
        if (load.apiRequests[0] !== apiRequest) throw new Error('the app changed its request')
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
    app: appSpread,
    floor: floorSpread,
    ratio: Math.round((appSpread.p50 / floorSpread.p50) * 100) / 100,
  }
}
