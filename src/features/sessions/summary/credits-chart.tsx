import { useId, useRef, useState, type KeyboardEvent } from 'react'
import { formatCount, formatCredits } from '../../../lib/format.ts'
import { ChartAxis } from './chart-axis.tsx'
import { bucketLabel, chartTitle, niceCeiling } from './chart-scale.ts'
import { ChartTable } from './chart-table.tsx'
import type { CreditsBucket, CreditsOverTime } from './time-buckets.ts'

/** Each bucket is a 10-unit column of the viewBox; its bar takes 7 of them. */
const COLUMN = 10
const BAR = 7
const HEIGHT = 100
/** Fewer buckets than this still get narrow bars, centred, rather than one fat slab. */
const MIN_COLUMNS = 14

/**
 * Credits over time as a hand-drawn SVG bar chart (no chart library: this is all it needs).
 * Each bar shows its exact figure on hover and on keyboard focus: the bars form one tab stop
 * and the arrow keys, Home and End move between them. A data table can be shown for reading.
 */
export function CreditsChart({ data }: { data: CreditsOverTime }) {
  const { unit, zone, buckets } = data
  const title = chartTitle(unit, zone)
  const titleId = useId()
  const tableId = useId()
  const [hovered, setHovered] = useState<number | null>(null)
  const [focused, setFocused] = useState<number | null>(null)
  const [tabStop, setTabStop] = useState(() => lastWithCredits(buckets))
  const [showTable, setShowTable] = useState(false)
  const bars = useRef<Array<SVGRectElement | null>>([])

  const columns = Math.max(buckets.length, MIN_COLUMNS)
  const width = columns * COLUMN
  const offset = ((columns - buckets.length) * COLUMN) / 2
  const top = niceCeiling(Math.max(...buckets.map((bucket) => bucket.credits), 0))
  const active = hovered ?? focused
  const centre = (index: number) => ((offset + index * COLUMN + COLUMN / 2) / width) * 100

  const moveFocus = (event: KeyboardEvent, index: number) => {
    const keys: Record<string, number> = {
      ArrowLeft: index - 1,
      ArrowRight: index + 1,
      Home: 0,
      End: buckets.length - 1,
    }
    const next = keys[event.key]
    if (next === undefined) return
    event.preventDefault()
    const clamped = Math.min(Math.max(next, 0), buckets.length - 1)
    setTabStop(clamped)
    bars.current[clamped]?.focus()
  }

  return (
    <figure aria-labelledby={titleId} className="min-w-0">
      <figcaption id={titleId} className="text-sm font-semibold text-slate-700 dark:text-slate-200">
        {title}
      </figcaption>

      <div className="relative mt-2 pl-12">
        <YAxis top={top} />
        <svg
          role="group"
          aria-label={`${title}: ${buckets.length} bars. Arrow keys move between them.`}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          preserveAspectRatio="none"
          className="block h-36 w-full overflow-visible sm:h-44"
          onMouseLeave={() => setHovered(null)}
        >
          {[0, 0.5, 1].map((share) => (
            <line
              key={share}
              x1={0}
              x2={width}
              y1={HEIGHT - share * HEIGHT}
              y2={HEIGHT - share * HEIGHT}
              vectorEffect="non-scaling-stroke"
              className={
                share === 0
                  ? 'stroke-slate-400 dark:stroke-slate-500'
                  : 'stroke-slate-200 dark:stroke-slate-700'
              }
              strokeDasharray={share === 0 ? undefined : '3 3'}
            />
          ))}
          {buckets.map((bucket, index) => {
            const x = offset + index * COLUMN
            const height = barHeight(bucket.credits, top)
            return (
              <g key={bucket.start}>
                <rect
                  x={x}
                  y={0}
                  width={COLUMN}
                  height={HEIGHT}
                  className={
                    active === index
                      ? 'fill-slate-300/50 dark:fill-slate-600/40'
                      : 'fill-transparent'
                  }
                />
                <rect
                  x={x + (COLUMN - BAR) / 2}
                  y={HEIGHT - height}
                  width={BAR}
                  height={height}
                  className={
                    active === index
                      ? 'fill-indigo-700 dark:fill-indigo-300'
                      : 'fill-indigo-500 dark:fill-indigo-400'
                  }
                />
                {/* The focusable, hoverable target is the whole column, so short bars are easy to reach. */}
                <rect
                  ref={(element) => {
                    bars.current[index] = element
                  }}
                  x={x}
                  y={0}
                  width={COLUMN}
                  height={HEIGHT}
                  role="img"
                  aria-label={describe(bucket, bucketLabel(bucket.start, unit, zone))}
                  tabIndex={index === tabStop ? 0 : -1}
                  className="fill-transparent outline-none"
                  onMouseEnter={() => setHovered(index)}
                  onFocus={() => {
                    setFocused(index)
                    setTabStop(index)
                  }}
                  onBlur={() => setFocused(null)}
                  onKeyDown={(event) => moveFocus(event, index)}
                />
              </g>
            )
          })}
        </svg>
        {active !== null && buckets[active] ? (
          <Tooltip
            bucket={buckets[active]}
            unit={unit}
            zone={zone}
            left={centre(active)}
            focused={focused === active}
          />
        ) : null}
        <ChartAxis data={data} centre={centre} />
      </div>

      <div className="mt-1 flex justify-end">
        <button
          type="button"
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((shown) => !shown)}
          className="rounded text-xs font-medium text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
        >
          {showTable ? 'Hide table' : 'Show as table'}
        </button>
      </div>
      {showTable ? <ChartTable id={tableId} data={data} caption={title} /> : null}
    </figure>
  )
}

function YAxis({ top }: { top: number }) {
  return (
    <div
      aria-hidden="true"
      className="absolute inset-y-0 left-0 w-11 text-right text-[11px] text-slate-500 tabular-nums dark:text-slate-400"
    >
      <span className="absolute top-0 right-0 -translate-y-1/2">{compact(top)}</span>
      <span className="absolute top-[calc((100%-1.25rem)/2)] right-0 -translate-y-1/2">
        {compact(top / 2)}
      </span>
      <span className="absolute top-[calc(100%-1.25rem)] right-0 -translate-y-1/2">0</span>
    </div>
  )
}

function Tooltip({
  bucket,
  unit,
  zone,
  left,
  focused,
}: {
  bucket: CreditsBucket
  unit: CreditsOverTime['unit']
  zone: string
  left: number
  focused: boolean
}) {
  // Near an edge the box hangs inward, so it never leaves the chart.
  const align = left < 20 ? 'translate-x-0' : left > 80 ? '-translate-x-full' : '-translate-x-1/2'
  return (
    <div
      aria-hidden="true"
      className={`pointer-events-none absolute -top-2 z-10 -translate-y-full rounded-md bg-slate-900 px-2.5 py-1.5 text-xs whitespace-nowrap text-white shadow-lg ring-1 ring-slate-900/10 dark:bg-slate-100 dark:text-slate-900 ${align} ${focused ? 'outline-2 outline-offset-2 outline-indigo-500' : ''}`}
      style={{ left: `calc(3rem + (100% - 3rem) * ${left / 100})` }}
    >
      <div className="font-medium">{bucketLabel(bucket.start, unit, zone)}</div>
      <div className="tabular-nums">
        {formatCredits(bucket.credits)} credits · {formatCount(bucket.sessions)} sessions
        {bucket.running ? ` · ${formatCount(bucket.running)} running` : ''}
      </div>
    </div>
  )
}

function describe(bucket: CreditsBucket, label: string): string {
  const running = bucket.running ? `, ${bucket.running} running` : ''
  return `${label}: ${formatCredits(bucket.credits)} credits, ${formatCount(bucket.sessions)} sessions${running}`
}

/** A bar with any credits stays visible, however small next to the largest. */
function barHeight(credits: number, top: number): number {
  if (credits <= 0) return 0
  return Math.max((credits / top) * HEIGHT, 1.5)
}

function lastWithCredits(buckets: CreditsBucket[]): number {
  for (let index = buckets.length - 1; index >= 0; index -= 1) {
    if (buckets[index]!.credits > 0) return index
  }
  return Math.max(0, buckets.length - 1)
}

const compactFormat = new Intl.NumberFormat('en-US', {
  notation: 'compact',
  maximumFractionDigits: 1,
})
const compact = (value: number) => compactFormat.format(value)
