/** The emulator's clock and size are pinned so every run sees the same sessions. */
export const E2E_EMULATOR_NOW = '2026-11-01T00:00:00.000Z'

/** The environment of the servers the browser tests start (playwright.config.ts). */
export const E2E_EMULATOR_ENV = {
  ANCHOR_API_KEY: '',
  EMULATOR_NOW: E2E_EMULATOR_NOW,
  EMULATOR_SESSIONS: '5000',
  EMULATOR_SEED: '1',
}
