import { queryOptions } from '@tanstack/react-query'
import { readNumber, readString } from '../../../lib/coerce.ts'
import { getJson } from '../../../lib/http.ts'
import { sessionKeys } from './keys.ts'
import { readSessionItems } from './session-items.ts'

/** A file the session downloaded. `originUrl` is shown as text only, never as a link. */
export interface SessionDownload {
  id: string
  fileName: string | null
  sizeBytes: number | null
  originUrl: string | null
  createdAt: string | null
}

export function readDownloads(body: unknown): SessionDownload[] {
  return readSessionItems(body, (raw, id) => ({
    id,
    fileName: readString(raw.suggested_file_name) ?? readString(raw.original_file_name),
    sizeBytes: readNumber(raw.size),
    originUrl: readString(raw.origin_url) ?? readString(raw.original_download_url),
    createdAt: readString(raw.created_at),
  }))
}

export function sessionDownloadsQuery(id: string) {
  return queryOptions({
    queryKey: sessionKeys.downloads(id),
    queryFn: ({ signal }) =>
      getJson(`/api/v1/sessions/${encodeURIComponent(id)}/downloads`, signal).then(readDownloads),
  })
}
