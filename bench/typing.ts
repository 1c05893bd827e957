/**
 * The longest main-thread task while typing in the tag search with 50 rows shown: from the first
 * key until the rows for the typed terms are shown and the page is quiet again, over several
 * runs (one run's longest task is a maximum, and a maximum is noisy). Measured two ways: Chromium's trace (every task on the page's main thread, exact durations) and the page's
 * own long-task observer (tasks of 50 ms and more), with Event Timing for input-to-paint.
 */
import type { Browser, Page } from '@playwright/test'
import { armInputClock, inputToRowsMs, trackNetwork } from './page-clock.ts'
import { spread, type Spread } from './stats.ts'

/** 20 characters, a person's speed; each term is part of some tag of the data set. */
const TEXT = 'production, scraping'
const KEY_DELAY_MS = 80

export interface TypingRun {
  /** Longest task on the renderer's main thread (trace), typing through results shown. */
  longestTaskMs: number
  /** Tasks of 50 ms or more the page observed itself. */
  longTasks: number[]
  /** Longest input-to-next-paint of a key event (Event Timing). */
  longestInputToPaintMs: number
  /** From the last key to the new rows, debounce (300 ms) included. */
  lastKeyToRowsMs: number
}

export interface TypingFigures {
  characters: number
  /** Each run's longest task, over the runs. */
  longestTask: Spread
  /** How many runs had a task of 50 ms or more. */
  runsWithLongTasks: number
  runs: TypingRun[]
}

export function summarizeTyping(runs: TypingRun[]): TypingFigures {
  return {
    characters: TEXT.length,
    longestTask: spread(runs.map((run) => run.longestTaskMs)),
    runsWithLongTasks: runs.filter((run) => run.longestTaskMs >= 50).length,
    runs,
  }
}

interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  dur?: number
  args?: { name?: string }
}

/** A task of the scheduler: the older name, and the one of Perfetto-based Chromium. */
const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask'])

/** The longest task on the busiest renderer main thread of the trace. */
function longestTask(trace: Buffer): number {
  const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[]
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  )
  const byThread = new Map<string, number[]>()
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`
    if (!TASK_EVENTS.has(e.name) || e.ph !== 'X' || !mainThreads.has(thread)) continue
    byThread.set(thread, [...(byThread.get(thread) ?? []), (e.dur ?? 0) / 1000])
  }
  const busiest = [...byThread.values()].sort((a, b) => b.length - a.length)[0] ?? []
  return Math.round(Math.max(0, ...busiest) * 10) / 10
}

/** `page` shows the app at `/?limit=50` with its rows. */
export async function typeOnce(browser: Browser, page: Page): Promise<TypingRun> {
  const network = trackNetwork(page)
  await network.quiet()
  await page.evaluate(() => {
    const seen = window as Window & { benchLongTasks?: number[]; benchEvents?: number[] }
    seen.benchLongTasks = []
    seen.benchEvents = []
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.benchLongTasks!.push(entry.duration)
    }).observe({ type: 'longtask' })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.benchEvents!.push(entry.duration)
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit)
  })
  const box = page.getByRole('searchbox', { name: 'Tag search' })
  await box.focus()
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] })
  let trace: Buffer
  let lastKeyToRowsMs: number
  try {
    await page.keyboard.type(TEXT.slice(0, -1), { delay: KEY_DELAY_MS })
    const before = await armInputClock(page, 'keydown')
    await page.keyboard.type(TEXT.slice(-1))
    lastKeyToRowsMs = await inputToRowsMs(page, before)
    await network.quiet()
  } finally {
    trace = await browser.stopTracing()
  }
  const observed = await page.evaluate(() => {
    const seen = window as Window & { benchLongTasks?: number[]; benchEvents?: number[] }
    return { longTasks: seen.benchLongTasks ?? [], events: seen.benchEvents ?? [] }
  })
  return {
    // The observer's figure too, should the trace ever miss a task.
    longestTaskMs: Math.max(longestTask(trace), ...observed.longTasks),
    longTasks: observed.longTasks.map((ms) => Math.round(ms)),
    longestInputToPaintMs: Math.max(0, ...observed.events),
    lastKeyToRowsMs: Math.round(lastKeyToRowsMs * 10) / 10,
  }
}
