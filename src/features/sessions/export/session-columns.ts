import type { Session } from '../api/session-model.ts'
import type { CsvValue } from './csv.ts'

/**
 * The columns of an export, named like the API's own fields so a file reads like the API
 * response. Running sessions have no final credits: their cell says "N/A", as the API does.
 */
export const EXPORT_COLUMNS: ReadonlyArray<{
  name: string
  value: (session: Session) => CsvValue
}> = [
  { name: 'id', value: (s) => s.id },
  { name: 'created_at', value: (s) => s.createdAt },
  { name: 'status', value: (s) => s.status },
  { name: 'used_credits', value: (s) => (s.credits === 'running' ? 'N/A' : s.credits) },
  { name: 'duration_seconds', value: (s) => s.durationSeconds },
  { name: 'api_key_name', value: (s) => s.apiKeyName },
  { name: 'tags', value: (s) => joinList(s.tags) },
  { name: 'domains', value: (s) => joinList(s.domains) },
  { name: 'proxy_bytes', value: (s) => s.proxyBytes },
  { name: 'proxy_type', value: (s) => s.proxyType },
  { name: 'proxy_active', value: (s) => s.proxyActive },
  { name: 'steps', value: (s) => s.steps },
  { name: 'task_initiated', value: (s) => s.taskInitiated },
  { name: 'task_executions_count', value: (s) => s.taskExecutionsCount },
  { name: 'batch_id', value: (s) => s.batchId },
  { name: 'profile_name', value: (s) => s.profileName },
  { name: 'headless', value: (s) => s.headless },
  { name: 'recording', value: (s) => s.recording },
  { name: 'extra_stealth', value: (s) => s.extraStealth },
  { name: 'playground', value: (s) => s.playground },
  { name: 'browser_ip', value: (s) => s.browserIp },
]

/** Lists go into one cell separated by "; " (tags may contain commas, never mind: it is quoted). */
function joinList(list: string[] | null): string | null {
  return list === null ? null : list.join('; ')
}

export function sessionRecord(session: Session): Record<string, CsvValue> {
  return Object.fromEntries(EXPORT_COLUMNS.map((column) => [column.name, column.value(session)]))
}
