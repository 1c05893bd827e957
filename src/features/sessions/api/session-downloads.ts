import { queryOptions } from '@tanstack/react-query'
import { readNumber, readObject, readString } from '../../../lib/coerce.ts'
import { getJson } from '../../../lib/http.ts'
import { sessionKeys } from './keys.ts'

/** A file the session downloaded. `originUrl` is shown as text only, never as a link. */
export interface SessionDownload {
  id: string
  fileName: string | null
  sizeBytes: number | null
  originUrl: string | null
  createdAt: string | null
}

/** Reads `{ data: { count, items } }`; items without an id are left out. */
export function readDownloads(body: unknown): SessionDownload[] {
  const items = readObject(readObject(body)?.data)?.items
  if (!Array.isArray(items)) return []
  return items.flatMap((item) => {
    const raw = readObject(item)
    const id = raw ? readString(raw.id) : null
    if (!raw || !id) return []
    return [
      {
        id,
        fileName: readString(raw.suggested_file_name) ?? readString(raw.original_file_name),
        sizeBytes: readNumber(raw.size),
        originUrl: readString(raw.origin_url) ?? readString(raw.original_download_url),
        createdAt: readString(raw.created_at),
      },
    ]
  })
}

export function sessionDownloadsQuery(id: string) {
  return queryOptions({
    queryKey: sessionKeys.downloads(id),
    queryFn: ({ signal }) =>
      getJson(`/api/v1/sessions/${encodeURIComponent(id)}/downloads`, signal).then(readDownloads),
  })
}
