/** The one table `npm run bench` prints: each figure beside its floor and its target. */
import type { BundleFigures } from './bundle-size.ts'
import type { ColdLoadFigures } from './cold-load.ts'
import type { InteractionFigures } from './interactions.ts'
import type { Spread } from './stats.ts'

/** As bench/totals.ts writes it. */
interface TotalsFigures {
  sessions: number
  walk: { medianMs: number; minMs: number; maxMs: number }
  floor: { medianMs: number; minMs: number; maxMs: number }
  ratio: number
}

/** As bench/emulator.ts writes it, one entry per data-set size. */
interface EmulatorFigures {
  sessions: number
  p50Ms: number
  p95Ms: number
  peakRssBytes: number
}

export interface BenchResults {
  measuredAt: string
  machine: { cpus: number; loadAverage: number[] }
  bundle?: BundleFigures
  coldLoad?: ColdLoadFigures
  interactions?: InteractionFigures
  totals?: TotalsFigures
  emulator?: EmulatorFigures[]
  /** Measurements that could not be taken, with why. */
  errors: Record<string, string>
}

type Row = [
  figure: string,
  value: string,
  floor: string,
  ratio: string,
  target: string,
  met: string,
]

const ms = (value: number) => `${Math.round(value)} ms`
const withSpread = (s: Spread) => `${ms(s.p50)} (${Math.round(s.p25)}–${Math.round(s.p75)})`
const ratio = (value: number, floor: number) => `${(value / floor).toFixed(2)}x`
const met = (ok: boolean) => (ok ? 'yes' : 'NO')

function rows(r: BenchResults): Row[] {
  const out: Row[] = []
  const missing = (figure: string, key: string) =>
    out.push([figure, `not measured: ${r.errors[key] ?? 'no figures'}`, '', '', '', ''])

  if (r.bundle) {
    const { app, floor } = r.bundle
    out.push([
      'JS for / (gzip)',
      `${app.gzipKb} KB`,
      `${floor.gzipKb} KB`,
      ratio(app.gzipKb, floor.gzipKb),
      '≤ 130 KB',
      met(app.gzipKb <= 130),
    ])
    out.push([
      'HTML of / (uncompressed)',
      `${r.bundle.htmlKb} KB`,
      '',
      '',
      '≤ 50 KB',
      met(r.bundle.htmlKb <= 50),
    ])
  } else missing('JS for / (gzip)', 'bundle')

  if (r.coldLoad) {
    const { app, floor } = r.coldLoad
    out.push([
      'Cold load to rows, median (p25–p75)',
      withSpread(app),
      withSpread(floor),
      ratio(app.p50, floor.p50),
      '≤ 2x floor',
      met(app.p50 <= 2 * floor.p50),
    ])
  } else missing('Cold load to rows', 'coldLoad')

  if (r.interactions) {
    const { filterChange: f, pageChange: p, typing: t } = r.interactions
    out.push([
      'Filter change to rows, p50',
      ms(f.app.p50),
      ms(f.floor.p50),
      ratio(f.app.p50, f.floor.p50),
      '–',
      '–',
    ])
    out.push([
      'Filter change to rows, p95',
      ms(f.app.p95),
      ms(f.floor.p95),
      ratio(f.app.p95, f.floor.p95),
      '≤ 2x floor',
      met(f.app.p95 <= 2 * f.floor.p95),
    ])
    out.push([
      'Page change (prefetched), p50',
      `${ms(p.app.p50)} (p95 ${ms(p.app.p95)})`,
      `${ms(p.floor.p50)} (p95 ${ms(p.floor.p95)})`,
      ratio(p.app.p50, p.floor.p50),
      '≤ 1.4x floor',
      met(p.app.p50 <= 1.4 * p.floor.p50),
    ])
    out.push([
      `Longest task, typing tag search, median of ${t.runs.length}`,
      withSpread(t.longestTask),
      '–',
      '–',
      '< 50 ms',
      met(t.longestTask.p50 < 50),
    ])
  } else missing('Interactions', 'interactions')

  if (r.totals) {
    const { walk, floor } = r.totals
    out.push([
      `Totals of ${r.totals.sessions.toLocaleString('en')} sessions, median`,
      `${ms(walk.medianMs)} (${Math.round(walk.minMs)}–${Math.round(walk.maxMs)})`,
      `${ms(floor.medianMs)} (${Math.round(floor.minMs)}–${Math.round(floor.maxMs)})`,
      `${r.totals.ratio.toFixed(2)}x`,
      '≤ 1.25x floor',
      met(r.totals.ratio <= 1.25),
    ])
  } else missing('Totals', 'totals')

  if (r.emulator?.length) {
    for (const size of r.emulator) {
      const label = `Emulator ${size.sessions / 1000}k, page p50 / p95`
      const target = size.sessions <= 100_000 ? 'p95 < 25 ms' : '–'
      out.push([
        label,
        `${size.p50Ms.toFixed(1)} / ${size.p95Ms.toFixed(1)} ms`,
        '–',
        '–',
        target,
        size.sessions <= 100_000 ? met(size.p95Ms < 25) : '–',
      ])
      const mb = size.peakRssBytes / 1_048_576
      const memoryTarget = size.sessions >= 1_000_000 ? '< 1.5 GB' : '–'
      out.push([
        `Emulator ${size.sessions / 1000}k, peak RSS`,
        `${Math.round(mb)} MB`,
        '–',
        '–',
        memoryTarget,
        size.sessions >= 1_000_000 ? met(mb < 1536) : '–',
      ])
    }
  } else missing('Emulator', 'emulator')
  return out
}

export function printReport(results: BenchResults): void {
  const header: Row = ['figure', 'value', 'floor', 'ratio', 'target', 'met?']
  const table: Row[] = [header, ...rows(results)]
  const widths = header.map((_, col) => Math.max(...table.map((row) => row[col]!.length)))
  const line = (row: Row) => `| ${row.map((cell, col) => cell.padEnd(widths[col]!)).join(' | ')} |`
  console.log(line(header))
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`)
  for (const row of table.slice(1)) console.log(line(row))
  const load = results.machine.loadAverage.map((value) => value.toFixed(1)).join(' ')
  console.log(
    `\n${results.machine.cpus} CPUs, load average ${load} at the end. Times are medians (p25–p75) ` +
      'from the browser’s own clocks; compare each to its floor from the same run.',
  )
}
