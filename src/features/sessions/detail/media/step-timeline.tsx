import { useEffect, useRef } from 'react'
import type { SessionStep } from '../../api/session-steps.ts'

/**
 * `0:04.2`, `12:30.0`, `1:02:03.5`: a position in the video, to the tenth of a second, since
 * an agent's steps can come several to a second.
 */
export function formatOffset(seconds: number): string {
  const tenths = Math.max(0, Math.floor(seconds * 10))
  const total = Math.floor(tenths / 10)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = `${String(total % 60).padStart(2, '0')}.${tenths % 10}`
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}

/** The step playback has reached: the last one at or before `time`, or -1 before the first. */
export function currentStepAt(offsets: readonly number[], time: number): number {
  let current = -1
  offsets.forEach((offset, i) => {
    if (offset <= time + 0.05) current = i
  })
  return current
}

/**
 * The session's steps beside its video, each at its moment in the recording. A click seeks
 * there; the step playback is in is marked and kept in view as it moves on. Steps outside the
 * recording (before it started, after it ended) are listed but cannot be sought to.
 */
export function StepTimeline({
  steps,
  recordingStartMs,
  durationSeconds,
  time,
  onSeek,
}: {
  steps: readonly SessionStep[]
  recordingStartMs: number
  /** Null until the video has told its length. */
  durationSeconds: number | null
  time: number
  onSeek: (seconds: number) => void
}) {
  const offsets = steps.map((step) => (step.atMs - recordingStartMs) / 1000)
  const current = currentStepAt(offsets, time)
  const list = useRef<HTMLOListElement>(null)

  // Keeps the current step in view inside the list, without scrolling the page.
  useEffect(() => {
    const container = list.current
    const item = container?.children[current] as HTMLElement | undefined
    if (!container || !item) return
    const top = item.offsetTop - container.offsetTop
    if (
      top < container.scrollTop ||
      top + item.offsetHeight > container.scrollTop + container.clientHeight
    ) {
      container.scrollTop = top - container.clientHeight / 3
    }
  }, [current])

  return (
    <ol
      ref={list}
      aria-label="Steps on the recording's timeline"
      className="relative max-h-80 space-y-0.5 overflow-y-auto pr-1 lg:max-h-[26rem]"
    >
      {steps.map((step, i) => {
        const offset = offsets[i] ?? 0
        const outside = offset < 0 || (durationSeconds !== null && offset > durationSeconds)
        return (
          <li key={`${step.index}-${step.atMs}`}>
            <button
              type="button"
              disabled={outside}
              aria-current={i === current ? 'step' : undefined}
              onClick={() => onSeek(offset)}
              title={outside ? 'Outside this recording' : `Play from ${formatOffset(offset)}`}
              className="flex w-full items-baseline gap-3 rounded-md px-2 py-1.5 text-left text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-500 disabled:cursor-not-allowed disabled:opacity-50 aria-[current=step]:bg-indigo-50 aria-[current=step]:font-medium aria-[current=step]:text-indigo-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:aria-[current=step]:bg-indigo-500/15 dark:aria-[current=step]:text-indigo-100"
            >
              <span className="w-14 shrink-0 font-mono text-xs text-slate-500 tabular-nums dark:text-slate-400">
                {outside ? '—' : formatOffset(offset)}
              </span>
              <span className="min-w-0 flex-1 truncate">
                <span className="text-slate-400 tabular-nums dark:text-slate-500">
                  #{step.index + 1}
                </span>{' '}
                {step.action ?? 'step'}
              </span>
            </button>
          </li>
        )
      })}
    </ol>
  )
}
