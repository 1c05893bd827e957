/**
 * Runs the emulator on its own: `npx tsx server/emulator/main.ts`.
 * EMULATOR_PORT (4010), EMULATOR_API_KEY (emulator-key), EMULATOR_SESSIONS, EMULATOR_NOW and
 * EMULATOR_SEED configure it.
 */
import { emulatorOptionsFromEnv, startEmulator } from './index.ts'

const options = emulatorOptionsFromEnv(process.env, process.env.EMULATOR_API_KEY || 'emulator-key')
const port = Number(process.env.EMULATOR_PORT || 4010)
const started = Date.now()
const emulator = await startEmulator({ ...options, port, host: process.env.EMULATOR_HOST })

console.log(
  `Anchor emulator on ${emulator.url} (${options.sessions} sessions, seed ${options.seed}, ` +
    `now ${options.now.toISOString()}, ready in ${Date.now() - started} ms)`,
)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void emulator.close().then(() => process.exit(0)))
}
