import { queryOptions } from '@tanstack/react-query'
import { readBoolean, readNumber, readString } from '../../../lib/coerce.ts'
import { getJson } from '../../../lib/http.ts'
import { sessionKeys } from './keys.ts'
import { readSessionItems } from './session-items.ts'

export interface Recording {
  id: string
  isPrimary: boolean
  fileName: string | null
  /** As the API sends it, e.g. "00:04:41". */
  duration: string | null
  sizeBytes: number | null
  createdAt: string | null
}

export function readRecordings(body: unknown): Recording[] {
  return readSessionItems(body, (raw, id) => ({
    id,
    isPrimary: readBoolean(raw.is_primary) ?? false,
    fileName: readString(raw.suggested_file_name),
    duration: readString(raw.duration),
    sizeBytes: readNumber(raw.size),
    createdAt: readString(raw.created_at),
  }))
}

export function sessionRecordingsQuery(id: string) {
  return queryOptions({
    queryKey: sessionKeys.recordings(id),
    queryFn: ({ signal }) =>
      getJson(`/api/v1/sessions/${encodeURIComponent(id)}/recordings`, signal).then(readRecordings),
  })
}
