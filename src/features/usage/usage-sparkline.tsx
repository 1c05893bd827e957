import type { UsagePoint } from './history-query.ts'

/**
 * Credits per point as tiny bars: the shape of the spending, nothing more. The figures beside it
 * carry the numbers, so the drawing is hidden from screen readers.
 */
export function UsageSparkline({ points }: { points: UsagePoint[] }) {
  if (points.length === 0) return null
  const largest = Math.max(...points.map((point) => point.credits), 0)
  const width = points.length * 4
  return (
    <svg
      aria-hidden="true"
      viewBox={`0 0 ${width} 24`}
      preserveAspectRatio="none"
      className="h-8 w-full"
    >
      {points.map((point, index) => {
        const height = largest ? Math.max((point.credits / largest) * 24, point.credits ? 1 : 0) : 0
        return (
          <rect
            key={point.date}
            x={index * 4 + 0.5}
            y={24 - height}
            width={3}
            height={height}
            className="fill-teal-500 dark:fill-teal-400"
          />
        )
      })}
    </svg>
  )
}
