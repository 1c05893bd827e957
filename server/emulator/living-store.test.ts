import { describe, expect, it } from 'vitest'
import {
  EMULATOR_CLOCK_PATH,
  type SessionHistoryItem,
  type SessionRetrieveResponse,
} from '../../contract/anchor-api.ts'
import { createEmulatorApp } from './index.ts'
import { livingStore } from './living-store.ts'
import { buildStore } from './snapshot.ts'
import { STATUSES } from './vocabulary.ts'
import { listItem } from './wire.ts'

const START = Date.parse('2026-11-17T15:30:00Z')
const MINUTE = 60_000
const DAY = 86_400_000
const OPTIONS = { sessions: 2000, now: new Date(START), seed: 3, apiKey: 'k' }

function itemsAt(store: ReturnType<ReturnType<typeof livingStore>['at']>) {
  return Array.from({ length: store.columns.count }, (_, i) => listItem(store, i))
}

async function call<T>(
  app: ReturnType<typeof createEmulatorApp>,
  path: string,
  init?: RequestInit,
) {
  const response = await app.fetch(
    new Request(`http://emulator.test${path}`, {
      ...init,
      headers: { 'anchor-api-key': 'k', 'content-type': 'application/json' },
    }),
  )
  return { status: response.status, body: (await response.json()) as T }
}

async function walk(app: ReturnType<typeof createEmulatorApp>): Promise<SessionHistoryItem[]> {
  const all: SessionHistoryItem[] = []
  for (let page = 1; ; page++) {
    const { body } = await call<{ data: { sessions: SessionHistoryItem[]; total_pages: number } }>(
      app,
      `/v1/sessions?sort_by=created_at&sort_order=asc&limit=50&page=${page}`,
    )
    all.push(...body.data.sessions)
    if (page >= body.data.total_pages) return all
  }
}

/** What the contract says of one list item at clock `nowMs`. */
function expectContract(s: SessionHistoryItem, nowMs: number) {
  expect(s.id).toMatch(/^sess_[0-9a-f]{24}$/)
  expect(STATUSES).toContain(s.status)
  expect(Date.parse(s.created_at)).toBeLessThanOrEqual(nowMs)
  if (s.status === 'running') {
    expect(s.used_credits).toBe('N/A')
    expect(s.duration).toBeNull()
  } else {
    expect(Number(s.used_credits)).toBeGreaterThanOrEqual(0)
    if (typeof s.duration === 'number') {
      expect(Date.parse(s.created_at) + s.duration * 1000).toBeLessThanOrEqual(nowMs)
    }
  }
}

describe('the emulator in time', () => {
  it('stands exactly as the fixed data set at its start', () => {
    const fixed = buildStore(OPTIONS.sessions, START, OPTIONS.seed)
    expect(itemsAt(livingStore(OPTIONS.sessions, START, OPTIONS.seed).at(START))).toEqual(
      itemsAt(fixed),
    )
  })

  it('gives the same data set at a moment however the clock got there', () => {
    const later = START + 3 * DAY + 17 * MINUTE
    const direct = livingStore(OPTIONS.sessions, START, OPTIONS.seed)
    const stepped = livingStore(OPTIONS.sessions, START, OPTIONS.seed)
    for (let t = START; t < later; t += 97 * MINUTE) stepped.at(t)
    expect(itemsAt(stepped.at(later))).toEqual(itemsAt(direct.at(later)))
    expect(itemsAt(direct.at(START + DAY))).toEqual(itemsAt(stepped.at(START + DAY)))
  })

  it('ends running sessions with final figures and brings new ones at the rhythm', () => {
    const data = livingStore(OPTIONS.sessions, START, OPTIONS.seed)
    const before = itemsAt(data.at(START))
    const running = before.filter((s) => s.status === 'running')
    expect(running.length).toBeGreaterThan(0)
    const week = itemsAt(data.at(START + 7 * DAY))
    const byId = new Map(week.map((s) => [s.id, s]))
    for (const s of running) {
      const ended = byId.get(s.id)!
      expect(ended.status).not.toBe('running')
      expect(typeof Number(ended.used_credits)).toBe('number')
      expect(ended.created_at).toBe(s.created_at)
      expect(ended.tags).toEqual(s.tags)
    }
    const arrived = week.slice(before.length)
    // 2,000 sessions over 90 days is ~22 a day, busier on weekdays.
    expect(arrived.length).toBeGreaterThan(80)
    expect(arrived.length).toBeLessThan(300)
    const statuses = new Set(arrived.map((s) => s.status))
    for (const status of ['completed', 'failed', 'terminated']) expect(statuses).toContain(status)
    const onDay = (days: number[]) =>
      arrived.filter((s) => days.includes(new Date(s.created_at).getUTCDay())).length
    expect(onDay([1, 2])).toBeGreaterThan(2 * onDay([0, 6]))
    expect(week.at(-1)!.status === 'running' || week.every((s) => s.status !== 'running')).toBe(
      true,
    )
  })

  it('answers by the contract, list, retrieve and history alike, at every moment', async () => {
    const app = createEmulatorApp(OPTIONS)
    let now = START
    for (const step of [0, 5 * MINUTE, 40 * MINUTE, 3 * 60 * MINUTE, DAY, 6 * DAY]) {
      if (step > 0) {
        const moved = await call<{ now: string }>(app, EMULATOR_CLOCK_PATH, {
          method: 'POST',
          body: JSON.stringify({ advanceMs: step }),
        })
        now += step
        expect(moved.body.now).toBe(new Date(now).toISOString())
      }
      const items = await walk(app)
      for (const s of items) expectContract(s, now)
      const from = new Date(START - 91 * DAY).toISOString()
      const to = new Date(now).toISOString()
      const history = await call<{ summary: { total_sessions: number } }>(
        app,
        `/v1/sessions/history?from_date=${from}&to_date=${to}&granularity=month`,
      )
      expect(history.body.summary.total_sessions).toBe(items.length)
      for (const s of items.filter((item) => item.status === 'running').slice(-5)) {
        const { body } = await call<SessionRetrieveResponse>(app, `/v1/sessions/${s.id}`)
        // Retrieve tells how long a running session has run so far.
        const elapsed = Math.floor((now - Date.parse(s.created_at)) / 1000)
        expect(body.data).toMatchObject({ status: 'running', duration: elapsed, credits_used: 0 })
      }
    }
  })

  it('moves a pinned clock only forward, and only when asked', async () => {
    const app = createEmulatorApp(OPTIONS)
    const read = await call<{ now: string }>(app, EMULATOR_CLOCK_PATH)
    expect(read.body.now).toBe(OPTIONS.now.toISOString())
    const to = new Date(START + DAY).toISOString()
    const moved = await call(app, EMULATOR_CLOCK_PATH, {
      method: 'POST',
      body: JSON.stringify({ to }),
    })
    expect(moved.body).toEqual({ now: to })
    for (const body of [{ advanceMs: -1 }, { to: OPTIONS.now.toISOString() }, {}, 'soon']) {
      const refused = await call(app, EMULATOR_CLOCK_PATH, {
        method: 'POST',
        body: JSON.stringify(body),
      })
      expect(refused.status).toBe(400)
    }
  })

  it('has no clock control when it keeps real time', async () => {
    const app = createEmulatorApp({ ...OPTIONS, now: new Date(), realTime: true })
    const moved = await call(app, EMULATOR_CLOCK_PATH, {
      method: 'POST',
      body: JSON.stringify({ advanceMs: DAY }),
    })
    expect(moved.status).toBe(404)
    expect(Math.abs(app.clock.now() - Date.now())).toBeLessThan(1000)
  })
})
