/**
 * A session's recordings: the listing (`GET /v1/sessions/{id}/recordings`) and the files behind
 * it. Each recording is one of the committed clips (clips.ts), chosen by a hash of the position,
 * so its listed size and duration are the served file's own. A running session lists none: its
 * recording is written when it ends.
 */
import type { RecordingsResponse } from '../../contract/anchor-api.ts'
import { CLIPS, type Clip } from './clips.ts'
import { FLAG } from './columns.ts'
import { hash32, hex8 } from './random.ts'
import type { EmulatorStore } from './store.ts'
import { isRunning } from './wire.ts'

type RecordingItem = RecordingsResponse['data']['items'][number]

export interface StoredRecording {
  item: RecordingItem
  clip: Clip
}

function clock(seconds: number): string {
  const whole = Math.round(seconds)
  const hh = String(Math.floor(whole / 3600)).padStart(2, '0')
  const mm = String(Math.floor((whole % 3600) / 60)).padStart(2, '0')
  const ss = String(whole % 60).padStart(2, '0')
  return `${hh}:${mm}:${ss}`
}

/** Sessions that record have one or two recordings (a reconnect starts a second file). */
export function recordingsOf(
  store: EmulatorStore,
  i: number,
  sessionId: string,
): StoredRecording[] {
  const c = store.columns
  const recorded = ((c.flags[i] ?? 0) & FLAG.recording) !== 0
  if (!recorded || isRunning(store, i)) return []
  const count = 1 + (hash32(i, c.seed + 7) % 2)
  let startMs = c.createdAt[i] ?? 0
  return Array.from({ length: count }, (_, k) => {
    const clip = CLIPS[hash32(i * 2 + k, c.seed + 17) % CLIPS.length]!
    const id = `rec_${hex8(hash32(i * 2 + k, c.seed + 11))}${hex8(hash32(i, c.seed + 13 + k))}`
    const createdAt = new Date(startMs).toISOString()
    startMs += clip.seconds * 1000
    return {
      clip,
      item: {
        id,
        is_primary: k === 0,
        file_link: `https://storage.example.com/recordings/${sessionId}/${id}.mp4`,
        suggested_file_name: `${sessionId}-${k + 1}.mp4`,
        duration: clock(clip.seconds),
        size: clip.bytes.byteLength,
        created_at: createdAt,
      },
    }
  })
}

export function recordingsResponse(recordings: StoredRecording[]): RecordingsResponse {
  return { data: { count: recordings.length, items: recordings.map((r) => r.item) } }
}
