import { existsSync } from 'node:fs'
import { chromium, type LaunchOptions } from '@playwright/test'

/**
 * The Chromium the browser tests and the benchmarks run: Playwright's own where it is
 * installed, otherwise Debian's (`apt-get install chromium`), since Playwright cannot download
 * its browser on these machines. The flags keep Chromium from reaching for the network, which
 * this machine refuses, at every start.
 */
export const chromiumLaunchOptions: LaunchOptions = {
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
