import { queryOptions } from '@tanstack/react-query'
import { readBoolean, readNumber, readObject, readString } from '../../../lib/coerce.ts'
import { getJson } from '../../../lib/http.ts'
import { sessionKeys } from './keys.ts'

export interface Recording {
  id: string
  isPrimary: boolean
  fileName: string | null
  /** As the API sends it, e.g. "00:04:41". */
  duration: string | null
  sizeBytes: number | null
  createdAt: string | null
}

/** Reads `{ data: { count, items } }`; items without an id are left out. */
export function readRecordings(body: unknown): Recording[] {
  const items = readObject(readObject(body)?.data)?.items
  if (!Array.isArray(items)) return []
  return items.flatMap((item) => {
    const raw = readObject(item)
    const id = raw ? readString(raw.id) : null
    if (!raw || !id) return []
    return [
      {
        id,
        isPrimary: readBoolean(raw.is_primary) ?? false,
        fileName: readString(raw.suggested_file_name),
        duration: readString(raw.duration),
        sizeBytes: readNumber(raw.size),
        createdAt: readString(raw.created_at),
      },
    ]
  })
}

export function sessionRecordingsQuery(id: string) {
  return queryOptions({
    queryKey: sessionKeys.recordings(id),
    queryFn: ({ signal }) =>
      getJson(`/api/v1/sessions/${encodeURIComponent(id)}/recordings`, signal).then(readRecordings),
  })
}
