/**
 * In-page clocks for interaction figures. An input is timed from its event's own timestamp
 * (taken by a capture listener, so before the app's handlers run) to the app's
 * `sessions:rows-visible` mark for the new URL: rows of the previous URL never count.
 */
import { expect, type Page } from '@playwright/test'

const ROWS_TIMEOUT_MS = 15_000
const QUIET_TIMEOUT_MS = 20_000
const QUIET_FOR_MS = 150
const POLL_MS = 25

type ClockWindow = Window & { benchInputAt?: number }

/** Clears old marks and arms a one-shot capture listener for the next click or key. */
export async function armInputClock(page: Page, type: 'click' | 'keydown'): Promise<string> {
  return page.evaluate((eventType) => {
    const clock = window as ClockWindow
    clock.benchInputAt = undefined
    performance.clearMarks('sessions:rows-visible')
    window.addEventListener(
      eventType,
      (event) => {
        clock.benchInputAt ??= event.timeStamp
      },
      { capture: true, once: true },
    )
    return window.location.search
  }, type)
}

/**
 * Waits for rows of a URL other than `before`, the one now in the address bar, and returns the
 * time from the armed input to their mark. The page itself waits, on a PerformanceObserver of
 * marks: polling it from here every frame would add work to the very frames being timed.
 */
export async function inputToRowsMs(page: Page, before: string): Promise<number> {
  return page.evaluate(
    ({ previous, timeoutMs }) =>
      new Promise<number>((resolve, reject) => {
        const elapsed = () => {
          const inputAt = (window as ClockWindow).benchInputAt
          const search = window.location.search
          if (inputAt === undefined || search === previous) return undefined
          const mark = performance
            .getEntriesByName('sessions:rows-visible')
            .find(
              (entry) => (entry as PerformanceMark).detail === search && entry.startTime >= inputAt,
            )
          return mark ? mark.startTime - inputAt : undefined
        }
        const observer = new PerformanceObserver(() => {
          const ms = elapsed()
          if (ms === undefined) return
          observer.disconnect()
          clearTimeout(timer)
          resolve(ms)
        })
        const timer = setTimeout(() => {
          observer.disconnect()
          reject(new Error(`no rows for a new URL within ${timeoutMs} ms`))
        }, timeoutMs)
        observer.observe({ type: 'mark' })
        const ms = elapsed()
        if (ms !== undefined) {
          observer.disconnect()
          clearTimeout(timer)
          resolve(ms)
        }
      }),
    { previous: before, timeoutMs: ROWS_TIMEOUT_MS },
  )
}

/** Waits until the first rows of whatever URL the page is on are shown. */
export async function waitForFirstRows(page: Page): Promise<void> {
  await page.waitForFunction(
    () => performance.getEntriesByName('sessions:rows-visible').length > 0,
    undefined,
    { timeout: ROWS_TIMEOUT_MS },
  )
}

/**
 * Waits until the app runs the page, not only shows it: the server-rendered rows are painted
 * before the app has started, and an input timed then would time the app's hydration instead.
 * The text boxes are read-only until it has hydrated.
 */
export async function waitForApp(page: Page): Promise<void> {
  await waitForFirstRows(page)
  await expect(page.getByRole('searchbox', { name: 'Tag search' }).first()).toBeEditable({
    timeout: ROWS_TIMEOUT_MS,
  })
}

/** Counts the page's requests in flight, to wait for quiet between measured inputs. */
export function trackNetwork(page: Page): { quiet: () => Promise<void> } {
  let inFlight = 0
  page.on('request', () => inFlight++)
  page.on('requestfinished', () => inFlight--)
  page.on('requestfailed', () => inFlight--)
  return {
    quiet: async () => {
      const deadline = Date.now() + QUIET_TIMEOUT_MS
      let quietSince = Date.now()
      while (Date.now() < deadline) {
        if (inFlight > 0) quietSince = Date.now()
        else if (Date.now() - quietSince >= QUIET_FOR_MS) return
        await new Promise((resolve) => setTimeout(resolve, POLL_MS))
      }
      throw new Error(`the page never went quiet (${inFlight} requests in flight)`)
    },
  }
}
