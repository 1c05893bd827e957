/**
 * Where the browser fetches a recording's or a file's bytes: our own proxy, which adds the key
 * and follows the provider's pre-signed URLs itself (server/media-relay.ts). Built from ids
 * only; the provider's `file_link`s are never used as URLs.
 */
const sessionPath = (sessionId: string) => `/api/v1/sessions/${encodeURIComponent(sessionId)}`

/** The primary recording has its own endpoint, which answers the video itself. */
export function recordingUrl(sessionId: string, recording: { id: string; isPrimary: boolean }) {
  const which = recording.isPrimary ? 'primary' : encodeURIComponent(recording.id)
  return `${sessionPath(sessionId)}/recordings/${which}/fetch`
}

export function downloadUrl(sessionId: string, downloadId: string) {
  return `${sessionPath(sessionId)}/downloads/${encodeURIComponent(downloadId)}/fetch`
}
