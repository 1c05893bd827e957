import { ApiError } from './http-error.ts'

/**
 * GETs JSON from our own `/api` proxy. Every failure becomes an ApiError carrying the API's own
 * message where it sent one, in either of the provider's two error shapes.
 */
export async function getJson(path: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response
  try {
    response = await fetch(path, { signal, headers: { accept: 'application/json' } })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new ApiError('network', 'The dashboard server could not be reached.', { cause: error })
  }

  const text = await readBody(response, signal)
  const body = parseJson(text)

  if (!response.ok) throw errorOf(response, body)
  if (body === undefined) {
    throw new ApiError('malformed', 'The Anchor API sent a response that is not valid JSON.', {
      status: response.status,
    })
  }
  return body
}

/**
 * The failure a non-2xx answer stands for. For answers read outside getJson, such as a
 * video's bytes whose failure the player looks into (`body` is the JSON error, if any).
 */
export function errorOf(response: Response, body: unknown): ApiError {
  const apiMessage = errorMessageOf(body)
  if (response.status === 429) {
    const retryAfterSeconds = parseRetryAfter(response.headers.get('retry-after'))
    return new ApiError('rate-limited', apiMessage ?? 'Too many requests to the Anchor API.', {
      status: 429,
      retryAfterSeconds,
    })
  }
  return new ApiError('http', apiMessage ?? defaultMessage(response.status), {
    status: response.status,
  })
}

async function readBody(response: Response, signal?: AbortSignal): Promise<string> {
  try {
    return await response.text()
  } catch (error) {
    if (signal?.aborted) throw error
    throw new ApiError('network', 'The connection closed before the response was complete.', {
      cause: error,
    })
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** `{ error: { message } }`, or `{ error: { error: { message } } }` as some endpoints send. */
export function errorMessageOf(body: unknown): string | null {
  const outer = field(body, 'error')
  const message = field(outer, 'message') ?? field(field(outer, 'error'), 'message')
  return typeof message === 'string' && message.trim() ? message : null
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined
}

function parseRetryAfter(header: string | null): number | null {
  if (header === null) return null
  const seconds = Number(header)
  if (Number.isFinite(seconds) && seconds >= 0) return seconds
  const date = Date.parse(header)
  return Number.isNaN(date) ? null : Math.max(0, (date - Date.now()) / 1000)
}

function defaultMessage(status: number): string {
  if (status === 401) return 'Invalid API Key'
  if (status === 404) return 'Not found.'
  if (status === 502) return 'The Anchor API could not be reached.'
  if (status === 504) return 'The Anchor API took too long to answer.'
  if (status >= 500) return `The Anchor API failed (HTTP ${status}).`
  return `The request failed (HTTP ${status}).`
}
