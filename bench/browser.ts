/** The Chromium the e2e tests use (same choice and flags as playwright.config.ts). */
import { existsSync } from 'node:fs'
import { chromium, type Browser, type BrowserContext } from '@playwright/test'

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** Playwright's own Chromium where it is installed, otherwise Debian's. */
function chromiumExecutable(): string | undefined {
  return existsSync(chromium.executablePath()) ? undefined : '/usr/bin/chromium'
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable(), args: ARGS })
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
