import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from './e2e/chromium.ts'
import { E2E_EMULATOR_ENV } from './e2e/emulator-env.ts'

const port = Number(process.env.E2E_PORT ?? 5190)
/** The production build and server: what people run, and quicker to load than the dev server. */
const baseURL = `http://127.0.0.1:${port}`
/** The dev server (`npm start`), for the few tests that check it too. */
const devURL = `http://127.0.0.1:${port + 1}`

const emulatorEnv = E2E_EMULATOR_ENV

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL,
    trace: { mode: 'retain-on-failure', screenshots: false },
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'] } },
    {
      name: 'dev-server',
      use: { ...devices['Desktop Chrome'], baseURL: devURL },
      testMatch: ['smoke.spec.ts', 'proxy.spec.ts', 'bad-addresses.spec.ts'],
    },
  ],
  webServer: [
    {
      command: `npx vite build --logLevel warn && npx vite build --ssr src/entry-server.tsx --logLevel warn && npx tsx server/serve.ts`,
      url: `${baseURL}/api/meta`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      env: { ...emulatorEnv, PORT: String(port), HOST: '127.0.0.1' },
    },
    {
      command: `npx vite --port ${port + 1} --strictPort`,
      url: `${devURL}/api/meta`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      env: emulatorEnv,
    },
  ],
})
