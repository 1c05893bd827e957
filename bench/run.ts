/**
 * `npm run bench`: every figure of the performance budget beside its floor, measured in one run
 * on 127.0.0.1 only. Builds the app and the floors, measures, prints one table and writes
 * bench/results.json. Asserts nothing: a missed target is printed, not failed.
 */
import { availableParallelism, loadavg } from 'node:os'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { launchBrowser } from './browser.ts'
import { buildBundles, measureBundles } from './bundle-size.ts'
import { runBenchScript } from './children.ts'
import { FIRST_PAGE_API_QUERY, measureColdLoad } from './cold-load.ts'
import { measureInteractions } from './interactions.ts'
import { printReport, type BenchResults } from './report.ts'
import { startBenchServers } from './servers.ts'

const resultsFile = fileURLToPath(new URL('./results.json', import.meta.url))
const errors: Record<string, string> = {}

/** A measurement that fails is reported as not measured; the others still run. */
async function attempt<T>(key: string, run: () => Promise<T>): Promise<T | undefined> {
  console.log(`bench: ${key}…`)
  try {
    return await run()
  } catch (error) {
    errors[key] = error instanceof Error ? error.message.split('\n')[0]! : String(error)
    console.error(`bench: ${key} failed:`, error)
    return undefined
  }
}

// The child benches merge their keys into results.json: start from an empty file so nothing
// from an earlier run is reported as this run's.
writeFileSync(resultsFile, '{}\n')
const started = performance.now()

await attempt('build', buildBundles)
let bundle: BenchResults['bundle']
let coldLoad: BenchResults['coldLoad']
let interactions: BenchResults['interactions']
if (!errors.build) {
  const servers = await startBenchServers()
  const browser = await launchBrowser()
  try {
    bundle = await attempt('bundle', () => measureBundles(browser, servers.appUrl))
    coldLoad = await attempt('coldLoad', () =>
      measureColdLoad(browser, servers.appUrl, servers.floorUrl),
    )
    interactions = await attempt('interactions', () =>
      measureInteractions(browser, servers.appUrl, `${servers.floorUrl}/${FIRST_PAGE_API_QUERY}`),
    )
  } finally {
    await browser.close()
    await servers.close()
  }
}
// The Node benches run after the browser has gone, so they do not share the CPUs with it.
await attempt('totals', () => runBenchScript('totals.ts'))
await attempt('emulator', () => runBenchScript('emulator.ts'))

const fromChildren = existsSync(resultsFile)
  ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Pick<BenchResults, 'totals' | 'emulator'>)
  : {}
const results: BenchResults = {
  measuredAt: new Date().toISOString(),
  machine: { cpus: availableParallelism(), loadAverage: loadavg() },
  bundle,
  coldLoad,
  interactions,
  totals: fromChildren.totals,
  emulator: fromChildren.emulator,
  errors,
}
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`)
console.log(`\nnpm run bench: ${((performance.now() - started) / 1000).toFixed(0)} s\n`)
printReport(results)
console.log(`\nWritten to ${resultsFile}`)
