import type { SessionHistoryItem } from '../../../../../contract/anchor-api.ts'

/**
 * Wire items for unit tests, varied the way the API varies them: numeric and string credits,
 * "N/A" for running sessions, missing tags and domains, repeated tags.
 */
export function rawSession(
  index: number,
  overrides: Partial<SessionHistoryItem> = {},
): SessionHistoryItem {
  const statuses = ['completed', 'completed', 'failed', 'terminated', 'running', 'mystery']
  const status = statuses[index % statuses.length]!
  const cents = (index * 37) % 1000
  return {
    id: `sess_${String(index).padStart(5, '0')}`,
    status,
    tags: index % 7 === 0 ? null : [`team-${index % 3}`, `env-${index % 2}`, `team-${index % 3}`],
    headless: true,
    recording: false,
    used_credits:
      status === 'running' ? 'N/A' : index % 2 ? (cents / 100).toFixed(2) : cents / 100 + 0.1,
    proxy_bytes: index % 4 === 0 ? null : index * 1000,
    duration: index % 5 === 0 ? null : index * 3,
    created_at: new Date(Date.UTC(2026, 9, 1) + index * 37 * 60_000).toISOString(),
    user_configuration: { session: { idle_timeout: 300 } },
    task_initiated: false,
    task_executions_count: 0,
    api_key_name: index % 11 === 0 ? 'ci' : `key-${index % 2}`,
    browser_ip: null,
    ...(index % 9 === 0 ? {} : { domains: [`site${index % 4}.example`] }),
    ...overrides,
  }
}

export const rawSessions = (count: number) =>
  Array.from({ length: count }, (_, index) => rawSession(index))
