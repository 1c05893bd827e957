import { describe, expect, it } from 'vitest'
import type { Session } from '../api/session-model.ts'
import type { SessionsPage } from '../api/sessions-page.ts'
import { holdRows } from './held-rows.ts'

const row = (id: string, minute: number, status = 'completed'): Session =>
  ({
    id,
    status,
    credits: status === 'running' ? 'running' : 1,
    createdAt: `2026-11-01T00:${String(minute).padStart(2, '0')}:00.000Z`,
  }) as Session

const pageOf = (sessions: Session[], total: number): SessionsPage => ({
  sessions,
  total,
  page: 1,
  totalPages: Math.ceil(total / 3),
  skipped: 0,
})

describe('holding the rows on screen', () => {
  it('keeps the rows in place, in their newest version, and counts the arrivals', () => {
    const shown = pageOf([row('c', 30, 'running'), row('b', 20), row('a', 10)], 3)
    const fresh = pageOf([row('e', 50, 'running'), row('d', 40), row('c', 30)], 5)
    const held = holdRows(shown, fresh)
    expect(held.newCount).toBe(2)
    expect(held.page.sessions.map((s) => s.id)).toEqual(['c', 'b', 'a'])
    expect(held.page.sessions[0]).toMatchObject({ status: 'completed', credits: 1 })
    expect(held.page.total).toBe(3)
  })

  it('counts nothing when nothing arrived', () => {
    const shown = pageOf([row('b', 20, 'running'), row('a', 10)], 2)
    const held = holdRows(shown, pageOf([row('b', 20), row('a', 10)], 2))
    expect(held.newCount).toBe(0)
    expect(held.page.sessions[0]!.status).toBe('completed')
  })
})
