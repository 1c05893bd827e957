import { useTimeZone } from '../../../../lib/clock.tsx'
import { formatDateTime } from '../../../../lib/date-time.ts'
import { formatCount } from '../../../../lib/format.ts'
import type { SessionStep } from '../../api/session-steps.ts'
import { StepTimeline } from './step-timeline.tsx'

export interface Timeline {
  startMs: number
  duration: number | null
  time: number
  onSeek: (seconds: number) => void
}

/**
 * The steps beside the video. With step times and a recording, a timeline to seek by; with
 * times but nothing to play, the times themselves; with only a count, the count and a plain
 * word that the API gave no more.
 */
export function StepsPanel({
  count,
  steps,
  timeline,
}: {
  count: number | null
  steps: readonly SessionStep[] | null
  timeline: Timeline | null
}) {
  const timeZone = useTimeZone()
  const known = steps && steps.length > 0
  return (
    <section
      aria-label="Steps"
      className="min-w-0 lg:border-l lg:border-slate-200 lg:pl-5 dark:lg:border-slate-800"
    >
      <h3 className="mb-2 text-xs font-medium text-slate-500 dark:text-slate-400">
        Steps{count !== null && ` · ${formatCount(count)}`}
      </h3>
      {known && timeline ? (
        <StepTimeline
          steps={steps}
          recordingStartMs={timeline.startMs}
          durationSeconds={timeline.duration}
          time={timeline.time}
          onSeek={timeline.onSeek}
        />
      ) : known ? (
        <ol aria-label="Steps" className="max-h-80 space-y-1 overflow-y-auto text-sm">
          {steps.map((step) => (
            <li
              key={`${step.index}-${step.atMs}`}
              className="flex gap-3 text-slate-700 dark:text-slate-300"
            >
              <time
                className="shrink-0 text-xs text-slate-500 tabular-nums dark:text-slate-400"
                dateTime={new Date(step.atMs).toISOString()}
              >
                {formatDateTime(new Date(step.atMs).toISOString(), timeZone)}
              </time>
              <span className="truncate">{step.action ?? 'step'}</span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {count === null
            ? 'The API did not say how many steps this session took.'
            : count === 0
              ? 'This session took no steps.'
              : `The API gives the number of steps for this session, not when each happened, so they cannot be shown on the video.`}
        </p>
      )}
    </section>
  )
}
