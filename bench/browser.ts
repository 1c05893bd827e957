/** The Chromium the e2e tests use, with the same choice and flags. */
import { chromium, type Browser, type BrowserContext } from '@playwright/test'
import { chromiumLaunchOptions } from '../e2e/chromium.ts'

export function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions)
}

/** A desktop window: the filter sidebar is shown beside the table from 1024 px. */
export const VIEWPORT = { width: 1440, height: 900 }

/**
 * A fresh context (empty cache, no cookies). tsx compiles bench code with esbuild's keepNames,
 * which wraps functions passed to page.evaluate in `__name(...)`; the page gets a no-op one.
 */
export async function newBenchContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  await context.addInitScript('globalThis.__name ??= (fn) => fn')
  return context
}
