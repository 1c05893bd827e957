import { useQuery } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { Button } from '../../../../components/button.tsx'
import { RefreshIcon } from '../../../../components/icons.tsx'
import { Skeleton } from '../../../../components/skeleton.tsx'
import { recordingUrl } from '../../api/media-urls.ts'
import { sessionRecordingsQuery } from '../../api/session-recordings.ts'
import { readSteps } from '../../api/session-steps.ts'
import { Card } from '../card.tsx'
import type { SessionView } from '../session-view.ts'
import { NotReady } from './not-ready.tsx'
import { RecordingList } from './recording-list.tsx'
import { RecordingPlayer } from './recording-player.tsx'
import { StepsPanel } from './steps-panel.tsx'

/**
 * Watch the session: its recordings played in the page, and beside them its steps on the
 * video's timeline where the API gives their times (only their number otherwise).
 */
export function WatchCard({ session }: { session: SessionView }) {
  const recordings = useQuery(sessionRecordingsQuery(session.id))
  const [chosenId, setChosenId] = useState<string | null>(null)
  const [time, setTime] = useState(0)
  const [duration, setDuration] = useState<number | null>(null)
  const video = useRef<HTMLVideoElement | null>(null)
  const steps = session.stepRecords ? readSteps(session.stepRecords) : null

  const running = session.status?.toLowerCase() === 'running'
  const list = recordings.data ?? []
  const playing = list.find((r) => r.id === chosenId) ?? list.find((r) => r.isPrimary) ?? list[0]
  const startMs = Date.parse(playing?.createdAt ?? session.createdAt ?? '')

  const choose = (id: string) => {
    setChosenId(id)
    setTime(0)
    setDuration(null)
  }
  const seek = (seconds: number) => {
    const element = video.current
    if (!element) return
    element.currentTime = seconds
    setTime(seconds)
  }

  let main
  if (running) main = <NotReady liveViewUrl={session.liveViewUrl} />
  else if (recordings.isPending) main = <Skeleton className="aspect-video w-full rounded-lg" />
  else if (recordings.isError) {
    main = (
      <div role="alert" className="space-y-3 text-sm text-red-700 dark:text-red-300">
        <p>Recordings could not be listed: {recordings.error.message}</p>
        <Button size="sm" onClick={() => void recordings.refetch()}>
          <RefreshIcon />
          Retry
        </Button>
      </div>
    )
  } else if (!playing) {
    main = (
      <p className="text-sm text-slate-500 dark:text-slate-400">
        This session has no recordings
        {session.recording === false ? ': it ran with recording off.' : '.'}
      </p>
    )
  } else {
    main = (
      <div className="space-y-4">
        <RecordingPlayer
          key={playing.id}
          src={recordingUrl(session.id, playing)}
          fileName={playing.fileName ?? `${session.id}.mp4`}
          videoRef={video}
          onTime={setTime}
          onDuration={setDuration}
        />
        {list.length > 1 && (
          <RecordingList recordings={list} playingId={playing.id} onChoose={choose} />
        )}
      </div>
    )
  }

  return (
    <Card title="Recording and steps">
      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0">{main}</div>
        <StepsPanel
          count={session.steps}
          steps={steps}
          timeline={
            playing && !running && Number.isFinite(startMs)
              ? { startMs, duration, time, onSeek: seek }
              : null
          }
        />
      </div>
    </Card>
  )
}
