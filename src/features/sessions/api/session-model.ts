import {
  readBoolean,
  readDate,
  readNumber,
  readObject,
  readPath,
  readString,
  readStringList,
} from '../../../lib/coerce.ts'

/**
 * A session as the dashboard uses it, read tolerantly from one list item. Whatever could not be
 * read is null, and the UI shows it as a dash.
 */
export interface Session {
  id: string
  status: string | null
  tags: string[] | null
  domains: string[] | null
  headless: boolean | null
  recording: boolean | null
  /** Final credits; 'running' while the API says "N/A"; null when absent or unreadable. */
  credits: number | 'running' | null
  proxyBytes: number | null
  proxyType: string | null
  steps: number | null
  durationSeconds: number | null
  /** ISO 8601, or null when absent or not a date. */
  createdAt: string | null
  userConfiguration: Record<string, unknown> | null
  taskInitiated: boolean | null
  taskExecutionsCount: number | null
  apiKeyName: string | null
  browserIp: string | null
  /** The list item has no fields of its own for these; they are read from its configuration. */
  batchId: string | null
  profileName: string | null
  extraStealth: boolean | null
  playground: boolean | null
  proxyActive: boolean | null
}

export function readCredits(value: unknown): Session['credits'] {
  if (typeof value === 'string' && value.trim().toUpperCase() === 'N/A') return 'running'
  return readNumber(value)
}

/** Reads one list item; returns null when it has no usable id, since such a row can't be opened. */
export function readSession(item: unknown): Session | null {
  const raw = readObject(item)
  const id = raw ? readString(raw.id) : null
  if (!raw || !id) return null
  const configuration = readObject(raw.user_configuration)
  return {
    id,
    status: readString(raw.status),
    tags: readStringList(raw.tags),
    domains: readStringList(raw.domains),
    headless: readBoolean(raw.headless),
    recording: readBoolean(raw.recording),
    credits: readCredits(raw.used_credits),
    proxyBytes: readNumber(raw.proxy_bytes),
    proxyType: readString(raw.proxy_type),
    steps: readNumber(raw.steps),
    durationSeconds: readNumber(raw.duration),
    createdAt: readDate(raw.created_at),
    userConfiguration: configuration,
    taskInitiated: readBoolean(raw.task_initiated),
    taskExecutionsCount: readNumber(raw.task_executions_count),
    apiKeyName: readString(raw.api_key_name),
    browserIp: readString(raw.browser_ip),
    batchId: readString(readPath(configuration, ['session', 'batch_id'])),
    profileName: readString(readPath(configuration, ['browser', 'profile', 'name'])),
    extraStealth: readBoolean(readPath(configuration, ['browser', 'extra_stealth', 'active'])),
    playground: readBoolean(readPath(configuration, ['playground'])),
    proxyActive: readBoolean(readPath(configuration, ['proxy', 'active'])),
  }
}
