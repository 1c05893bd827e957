import { errorOf } from '../../../../lib/http.ts'
import { ApiError } from '../../../../lib/http-error.ts'

/**
 * A video element reports only that loading failed, not why. This asks our server for the
 * first byte of the same URL to learn it: the API's refusal (404, 429 and its Retry-After,
 * ...) as an ApiError, or null when the file is there, so the failure happened part way.
 */
export async function probeMedia(src: string): Promise<ApiError | null> {
  let response: Response
  try {
    response = await fetch(src, { headers: { range: 'bytes=0-0' } })
  } catch (error) {
    return new ApiError('network', 'The dashboard server could not be reached.', { cause: error })
  }
  if (response.ok) {
    await response.body?.cancel()
    return null
  }
  const body: unknown = await response.json().catch(() => undefined)
  return errorOf(response, body)
}
