/**
 * Turns one stored session into the list endpoint's wire item. Only the requested page is
 * ever serialized, which is what keeps a page over a million sessions cheap.
 */
import type { SessionHistoryItem } from '../../contract/anchor-api.ts'
import { FLAG, NULL, PRESENT, presenceOf, type OptionalField } from './columns.ts'
import type { EmulatorStore } from './store.ts'
import {
  API_KEYS,
  DOMAINS,
  IP_PREFIXES,
  PROFILES,
  PROXY_TYPES,
  RUNNING,
  STATUSES,
  TAGS,
} from './vocabulary.ts'

export const IDLE_TIMEOUT_SECONDS = 300

function wordsOf(mask: number, words: readonly string[]): string[] {
  const result: string[] = []
  for (let bit = 0; bit < words.length; bit++) {
    if (mask & (1 << bit)) result.push(words[bit] ?? '')
  }
  return result
}

export function tagsOf(store: EmulatorStore, i: number): string[] {
  return wordsOf(store.columns.tags[i] ?? 0, TAGS)
}

export function domainsOf(store: EmulatorStore, i: number): string[] {
  return wordsOf(store.columns.domains[i] ?? 0, DOMAINS)
}

export function isRunning(store: EmulatorStore, i: number): boolean {
  return store.columns.status[i] === RUNNING
}

/** Credits as a number; 0 for a running session, whose credits are not final yet. */
export function creditsOf(store: EmulatorStore, i: number): number {
  return (store.columns.creditCents[i] ?? 0) / 100
}

export function proxyTypeOf(store: EmulatorStore, i: number): string | undefined {
  return (store.columns.flags[i] ?? 0) & FLAG.proxy
    ? PROXY_TYPES[store.columns.proxyType[i] ?? 0]
    : undefined
}

/**
 * The list item has no field for batch, profile, stealth or playground although the API
 * filters on them, so they travel inside the open-shaped `user_configuration`, where the
 * dashboard reads them.
 */
export function userConfiguration(store: EmulatorStore, i: number): Record<string, unknown> {
  const { flags, batch, profile, batchIds } = store.columns
  const f = flags[i] ?? 0
  const batchNumber = batch[i] ?? 0
  const profileNumber = profile[i] ?? 0
  const proxyType = proxyTypeOf(store, i)
  return {
    session: {
      idle_timeout: IDLE_TIMEOUT_SECONDS,
      ...(batchNumber > 0 && { batch_id: batchIds[batchNumber - 1] }),
    },
    browser: {
      ...(profileNumber > 0 && { profile: { name: PROFILES[profileNumber - 1] } }),
      ...((f & FLAG.extraStealth) !== 0 && { extra_stealth: { active: true } }),
      headless: { active: (f & FLAG.headless) !== 0 },
    },
    ...(proxyType && { proxy: { active: true, type: proxyType } }),
    ...((f & FLAG.playground) !== 0 && { playground: true }),
  }
}

/** Writes `value`, null, or nothing, as the session's shape says for that field. */
function put(
  item: Record<string, unknown>,
  shape: number,
  field: OptionalField,
  value: () => unknown,
): void {
  const presence = presenceOf(shape, field)
  if (presence === PRESENT) item[field] = value()
  else if (presence === NULL) item[field] = null
}

function usedCredits(store: EmulatorStore, i: number): number | string {
  if (isRunning(store, i)) return 'N/A'
  const credits = creditsOf(store, i)
  return (store.columns.flags[i] ?? 0) & FLAG.creditsAsString ? credits.toFixed(2) : credits
}

function browserIp(code: number): string | null {
  return code === 0 ? null : `${IP_PREFIXES[(code >> 8) - 1] ?? ''}${code & 255}`
}

export function listItem(store: EmulatorStore, i: number): SessionHistoryItem {
  const c = store.columns
  const shape = c.shape[i] ?? 0
  const flags = c.flags[i] ?? 0
  const item: Record<string, unknown> = {
    id: store.ids.sessionId(i),
    status: STATUSES[c.status[i] ?? 0],
  }
  put(item, shape, 'tags', () => tagsOf(store, i))
  item.headless = (flags & FLAG.headless) !== 0
  item.recording = (flags & FLAG.recording) !== 0
  item.used_credits = usedCredits(store, i)
  put(item, shape, 'proxy_bytes', () => c.proxyBytes[i])
  put(item, shape, 'proxy_type', () => proxyTypeOf(store, i))
  put(item, shape, 'steps', () => c.steps[i])
  put(item, shape, 'duration', () => c.duration[i])
  item.created_at = new Date(c.createdAt[i] ?? 0).toISOString()
  item.user_configuration = userConfiguration(store, i)
  item.task_initiated = (flags & FLAG.taskInitiated) !== 0
  item.task_executions_count = c.taskExecutions[i] ?? 0
  item.api_key_name = API_KEYS[c.apiKey[i] ?? 0]
  item.browser_ip = browserIp(c.browserIp[i] ?? 0)
  put(item, shape, 'domains', () => domainsOf(store, i))
  return item as unknown as SessionHistoryItem
}
