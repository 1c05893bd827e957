import { useLayoutEffect, useRef, useState } from 'react'
import { axisLabel, tickIndexes } from './chart-scale.ts'
import type { CreditsOverTime } from './time-buckets.ts'

/** Room one label needs, "Oct 31" or "14:00" at 11 px with a gap either side. */
const LABEL_ROOM_PX = 64

/**
 * The time axis under the bars: as many labels as its measured width has room for, so they
 * never run together, and the first and last aligned to the chart's edges, so neither is cut.
 */
export function ChartAxis({
  data,
  centre,
}: {
  data: CreditsOverTime
  /** Where a bucket's bar is centred, in percent of the width. */
  centre: (index: number) => number
}) {
  const axis = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState<number | null>(null)
  useLayoutEffect(() => {
    const element = axis.current
    if (!element) return
    setWidth(element.clientWidth)
    const observer = new ResizeObserver(() => setWidth(element.clientWidth))
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  const last = data.buckets.length - 1
  // Labels sit under their bars, so the room is the distance from the first bar to the last.
  const spanPx = width === null ? 0 : (width * (centre(last) - centre(0))) / 100
  const count = width === null ? 0 : Math.max(2, Math.floor(spanPx / LABEL_ROOM_PX) + 1)
  const ticks = tickIndexes(data.buckets.length, count)
  return (
    <div
      ref={axis}
      aria-hidden="true"
      className="relative mt-1 h-4 text-[11px] text-slate-500 dark:text-slate-400"
    >
      {ticks.map((index) => {
        const edge = index === 0 ? 'start' : index === last ? 'end' : 'middle'
        return (
          <span
            key={index}
            className={`absolute whitespace-nowrap ${edge === 'middle' ? '-translate-x-1/2' : ''}`}
            style={
              edge === 'end'
                ? { right: `${Math.max(0, 100 - centre(index) - 2)}%` }
                : { left: `${edge === 'start' ? Math.max(0, centre(index) - 2) : centre(index)}%` }
            }
          >
            {axisLabel(data.buckets[index]!.start, data.unit, data.zone)}
          </span>
        )
      })}
    </div>
  )
}
