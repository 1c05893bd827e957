/**
 * Shared by the emulator's tests: one emulator over the default-sized data set, its ground
 * truth as plain wire items, and an independent reading of the fields the list filters on.
 */
import type { SessionHistoryItem } from '../../contract/anchor-api.ts'
import { createEmulatorApp, generateSessions, type EmulatorOptions } from './index.ts'

export const OPTIONS: EmulatorOptions = {
  sessions: 5000,
  now: new Date('2026-11-17T15:30:00Z'),
  seed: 1,
  apiKey: 'test-key',
}

export const app = createEmulatorApp(OPTIONS)
/** The data set in creation order; the index is the tie-breaker of every sort. */
export const sessions: SessionHistoryItem[] = generateSessions(OPTIONS)

export interface Answer<T = unknown> {
  status: number
  headers: Headers
  body: T
}

// Tests read arbitrary (and deliberately malformed) bodies, so the default is loose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function get<T = any>(
  path: string,
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
  const response = await app.fetch(
    new Request(`http://emulator.test${path}`, {
      headers: { 'anchor-api-key': OPTIONS.apiKey, ...headers },
    }),
  )
  const text = await response.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // Non-JSON bodies (fault modes) stay text.
  }
  return { status: response.status, headers: response.headers, body: body as T }
}

export { creditsValue, traits } from './reference-list.ts'

/** All pages of a list query, walked with `limit` 50. */
export async function walk(query: string): Promise<SessionHistoryItem[]> {
  const all: SessionHistoryItem[] = []
  for (let page = 1; ; page++) {
    const { body } = await get(`/v1/sessions?${query}&limit=50&page=${page}`)
    all.push(...body.data.sessions)
    if (page >= body.data.total_pages) return all
  }
}
