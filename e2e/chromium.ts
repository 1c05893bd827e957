import { existsSync } from 'node:fs'
import { chromium, type LaunchOptions } from '@playwright/test'

/**
 * The Chromium the browser tests and the benchmarks run: Playwright's own where it is
 * installed, otherwise Debian's (`apt-get install chromium`), since Playwright cannot download
 * its browser on these machines. The flags keep Chromium from reaching for the network, which
 * this machine refuses, at every start.
 */
const baseOptions: LaunchOptions = {
  executablePath: existsSync(chromium.executablePath()) ? undefined : '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
}

/**
 * Chromium's own UI that a headless test never shows. Chromium 156 builds the omnibox popup, in
 * two WebUI pages of their own, for every window: each browser context then costs about a
 * second of CPU beside the page under test, which on two cores slowed every test and moved
 * every benchmark figure.
 */
const UNSHOWN_BROWSER_UI = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup']

/**
 * Playwright passes a --disable-features list of its own (paint holding, HTTPS upgrades and
 * more), and Chromium keeps only the last such flag: ours must carry Playwright's list too. It
 * is read from the command line of a browser Playwright starts, so that it follows Playwright.
 */
async function disabledFeatures(): Promise<string> {
  const server = await chromium.launchServer(baseOptions)
  try {
    const flag = server.process().spawnargs.find((arg) => arg.startsWith('--disable-features='))
    const playwrights = flag?.slice('--disable-features='.length).split(',') ?? []
    return [...new Set([...playwrights, ...UNSHOWN_BROWSER_UI])].join(',')
  } finally {
    await server.close()
  }
}

export const chromiumLaunchOptions: LaunchOptions = {
  ...baseOptions,
  args: [...baseOptions.args!, `--disable-features=${await disabledFeatures()}`],
}
