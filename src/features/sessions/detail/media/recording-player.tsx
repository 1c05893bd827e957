import { useRef, useState, type RefObject } from 'react'
import { buttonClasses } from '../../../../components/button.tsx'
import { DownloadIcon } from '../../../../components/media-icons.tsx'
import { SegmentedControl } from '../../../../components/segmented-control.tsx'
import { MediaFailureView, type MediaFailure } from './media-failure.tsx'
import { probeMedia } from './probe-media.ts'

const SPEEDS = [0.5, 1, 1.5, 2, 4] as const
const SPEED_OPTIONS = SPEEDS.map((value) => ({ value, label: `${value}×` }))

/**
 * One recording in the page: the browser's own controls (play and pause, seeking, volume, full
 * screen, all keyboard-operable), a speed choice from 0.5× to 4× and a download. The bytes come
 * through our server with range requests, so seeking fetches only what it needs.
 */
export function RecordingPlayer({
  src,
  fileName,
  videoRef,
  onTime,
  onDuration,
}: {
  src: string
  fileName: string
  videoRef: RefObject<HTMLVideoElement | null>
  onTime: (seconds: number) => void
  onDuration: (seconds: number | null) => void
}) {
  const [speed, setSpeed] = useState<number>(1)
  const [failure, setFailure] = useState<MediaFailure | null>(null)
  const [attempt, setAttempt] = useState(0)
  /** Where a retry resumes: the moment playback had reached when it failed. */
  const resumeAt = useRef(0)

  const changeSpeed = (value: number) => {
    setSpeed(value)
    if (videoRef.current) videoRef.current.playbackRate = value
  }

  const onError = async () => {
    resumeAt.current = videoRef.current?.currentTime ?? 0
    const cause = await probeMedia(src)
    setFailure({ cause })
  }

  const retry = () => {
    setFailure(null)
    setAttempt((n) => n + 1)
  }

  return (
    <div className="min-w-0">
      <div className="aspect-video max-h-[30rem] w-full overflow-hidden rounded-lg bg-slate-950">
        {failure ? (
          <MediaFailureView failure={failure} onRetry={retry} />
        ) : (
          <video
            // A new element per attempt: the browser's retry of a failed source is not ours.
            key={`${src}#${attempt}`}
            ref={videoRef}
            src={src}
            controls
            preload="metadata"
            playsInline
            aria-label={`Recording ${fileName}`}
            className="size-full"
            onLoadedMetadata={(event) => {
              const video = event.currentTarget
              video.playbackRate = speed
              onDuration(Number.isFinite(video.duration) ? video.duration : null)
              if (resumeAt.current > 0) video.currentTime = resumeAt.current
              resumeAt.current = 0
            }}
            onTimeUpdate={(event) => onTime(event.currentTarget.currentTime)}
            onSeeked={(event) => onTime(event.currentTarget.currentTime)}
            onError={() => void onError()}
          />
        )}
      </div>
      <div className="mt-3 flex flex-wrap items-end justify-between gap-3">
        <div className="w-64 max-w-full">
          <SegmentedControl
            legend="Speed"
            options={SPEED_OPTIONS}
            value={speed}
            onChange={changeSpeed}
          />
        </div>
        <a href={src} download={fileName} className={buttonClasses('secondary', 'sm')}>
          <DownloadIcon />
          Download
        </a>
      </div>
    </div>
  )
}
