import { describe, expect, it } from 'vitest'
import { LIVE_REFRESH_MS } from '../../../lib/retry-policy.ts'
import {
  readDetailTags,
  readSessionDetail,
  sessionDetailQuery,
  type SessionDetail,
} from './session-detail.ts'

describe('reading GET /v1/sessions/{id}', () => {
  it('maps its own field names', () => {
    const detail = readSessionDetail(
      {
        data: {
          session_id: 'sess_1',
          team_id: 'team_1',
          status: 'completed',
          created_at: '2026-10-01T10:00:00Z',
          duration: 420,
          credits_used: '12.50',
          configuration: { session: { idle_timeout: 300 } },
          tokens: { total_tokens: 10 },
          steps: [{ action: 'click' }, { action: 'type' }],
          tags: { production: true, checkout: true, off: false },
        },
      },
      'sess_1',
    )
    expect(detail).toMatchObject({
      id: 'sess_1',
      teamId: 'team_1',
      credits: 12.5,
      durationSeconds: 420,
      createdAt: '2026-10-01T10:00:00.000Z',
      steps: 2,
      tags: ['production', 'checkout'],
      configuration: { session: { idle_timeout: 300 } },
    })
  })
  it('reads a running session as running, not as 0 credits', () => {
    const detail = readSessionDetail({ data: { status: 'running', credits_used: 0 } }, 'sess_2')
    expect(detail.credits).toBe('running')
    expect(detail.id).toBe('sess_2')
  })
  it('tolerates tags as a list and junk', () => {
    expect(readDetailTags(['a', 1, null])).toEqual(['a', '1'])
    expect(readDetailTags('nope')).toBeNull()
  })
  it('rejects a body without data', () => {
    expect(() => readSessionDetail({ nope: 1 }, 'x')).toThrow(/without its data/)
  })
})

describe("a session's own page", () => {
  it('asks again every live interval while the session runs, and stops once it has ended', () => {
    const interval = sessionDetailQuery('sess_1').refetchInterval as (query: {
      state: { data: SessionDetail | undefined }
    }) => number | false
    const running = readSessionDetail({ data: { status: 'running', credits_used: 0 } }, 'sess_1')
    const ended = readSessionDetail({ data: { status: 'completed', credits_used: 3 } }, 'sess_1')
    expect(interval({ state: { data: running } })).toBe(LIVE_REFRESH_MS)
    expect(interval({ state: { data: ended } })).toBe(false)
    expect(interval({ state: { data: undefined } })).toBe(false)
  })
})
