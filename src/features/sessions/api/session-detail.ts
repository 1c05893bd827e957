import { queryOptions } from '@tanstack/react-query'
import { readBoolean, readDate, readNumber, readObject, readString } from '../../../lib/coerce.ts'
import { getJson } from '../../../lib/http.ts'
import { ApiError } from '../../../lib/http-error.ts'
import { sessionKeys } from './keys.ts'
import { readCredits, type Session } from './session-model.ts'

/**
 * What `GET /v1/sessions/{id}` says about one session. Its field names differ from the list
 * item's (`session_id`, `credits_used`, `configuration`, tags as an object); all are read
 * tolerantly, and what could not be read is null.
 */
export interface SessionDetail {
  id: string
  teamId: string | null
  status: string | null
  createdAt: string | null
  durationSeconds: number | null
  /** The number form reads 0 while a session runs, so a running one reads 'running' here. */
  credits: Session['credits']
  proxyBytes: number | null
  playground: boolean | null
  configuration: Record<string, unknown> | null
  tokens: Record<string, unknown> | null
  /** A count; where the API sends the step records themselves, their number. */
  steps: number | null
  /** The step records, when this version of the API sends them. */
  stepRecords: unknown[] | null
  tags: string[] | null
  /** Where the API offers one (a running session's live view): an https URL, else null. */
  liveViewUrl: string | null
}

/** Tags come as an object keyed by tag here (`{ production: true }`), or as a list elsewhere. */
export function readDetailTags(value: unknown): string[] | null {
  if (Array.isArray(value)) return value.map(readString).filter((tag): tag is string => !!tag)
  const object = readObject(value)
  if (!object) return null
  return Object.entries(object)
    .filter(([, flag]) => flag !== false && flag !== null)
    .map(([tag, flag]) => (typeof flag === 'string' && flag.trim() ? flag : tag))
}

/** Only an absolute https URL becomes a link; anything else the API sends is dropped. */
function readHttpsUrl(value: unknown): string | null {
  const text = readString(value)
  if (!text) return null
  try {
    return new URL(text).protocol === 'https:' ? text : null
  } catch {
    return null
  }
}

export function readSessionDetail(body: unknown, requestedId: string): SessionDetail {
  const data = readObject(readObject(body)?.data)
  if (!data) throw new ApiError('malformed', 'The Anchor API sent a session without its data.')
  const status = readString(data.status)
  const credits = readCredits(data.credits_used ?? data.used_credits)
  const steps = data.steps
  return {
    id: readString(data.session_id) ?? readString(data.id) ?? requestedId,
    teamId: readString(data.team_id),
    status,
    createdAt: readDate(data.created_at),
    durationSeconds: readNumber(data.duration),
    credits:
      status?.toLowerCase() === 'running' && (credits === 0 || credits === null)
        ? 'running'
        : credits,
    proxyBytes: readNumber(data.proxy_bytes),
    playground: readBoolean(data.playground),
    configuration: readObject(data.configuration) ?? readObject(data.user_configuration),
    tokens: readObject(data.tokens),
    steps: Array.isArray(steps) ? steps.length : readNumber(steps),
    stepRecords: Array.isArray(steps) ? steps : null,
    tags: readDetailTags(data.tags),
    liveViewUrl: readHttpsUrl(data.live_view_url),
  }
}

export function sessionDetailQuery(id: string) {
  return queryOptions({
    queryKey: sessionKeys.detail(id),
    queryFn: ({ signal }) =>
      getJson(`/api/v1/sessions/${encodeURIComponent(id)}`, signal).then((body) =>
        readSessionDetail(body, id),
      ),
  })
}

/** A 404 from the detail endpoint: the id names no session of this account. */
export const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404
