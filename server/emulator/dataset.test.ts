import { describe, expect, it } from 'vitest'
import type { SessionHistoryItem } from '../../contract/anchor-api.ts'
import { emulatorOptionsFromEnv, generateSessions } from './index.ts'
import { OPTIONS, sessions, traits } from './testing.ts'

const NOW = OPTIONS.now.getTime()
const share = (predicate: (s: SessionHistoryItem) => boolean) =>
  sessions.filter(predicate).length / sessions.length

/** How a field is sent: 'absent', 'null', or its JSON type ('array', 'string', ...). */
function kindOf(item: SessionHistoryItem, field: keyof SessionHistoryItem): string {
  if (!(field in item)) return 'absent'
  const value = item[field]
  if (value === null) return 'null'
  return Array.isArray(value) ? 'array' : typeof value
}

describe('the generated data set', () => {
  it('is deterministic for a seed and clock, and changes with the seed', () => {
    const small = { sessions: 500, now: OPTIONS.now, seed: 7 }
    expect(generateSessions(small)).toEqual(generateSessions(small))
    expect(generateSessions({ ...small, seed: 8 })[0]).not.toEqual(generateSessions(small)[0])
  })

  it('spreads over the 90 days before the clock, in creation order', () => {
    const times = sessions.map((s) => Date.parse(s.created_at))
    expect(
      times.every(
        (t, i) => t <= NOW && t >= NOW - 90 * 86_400_000 && (i === 0 || t >= times[i - 1]!),
      ),
    ).toBe(true)
  })

  it('has unique sess_ ids', () => {
    expect(new Set(sessions.map((s) => s.id)).size).toBe(sessions.length)
    expect(sessions.every((s) => /^sess_[0-9a-f]{24}$/.test(s.id))).toBe(true)
  })

  it('is mostly completed, some failed, a few terminated, running only in the last hour', () => {
    expect(share((s) => s.status === 'completed')).toBeGreaterThan(0.8)
    expect(share((s) => s.status === 'failed')).toBeGreaterThan(0.05)
    expect(share((s) => s.status === 'failed')).toBeLessThan(0.11)
    expect(share((s) => s.status === 'terminated')).toBeGreaterThan(0.02)
    expect(sessions.some((s) => s.status === 'timed_out')).toBe(true)
    const running = sessions.filter((s) => s.status === 'running')
    expect(running.length).toBeGreaterThan(0)
    for (const s of running) {
      expect(NOW - Date.parse(s.created_at)).toBeLessThan(75 * 60_000)
      expect(s.used_credits).toBe('N/A')
      expect(s.duration).toBeNull()
    }
  })

  it('follows a weekly rhythm: weekdays busier than weekends', () => {
    const byDay = new Array<number>(7).fill(0)
    for (const s of sessions) byDay[new Date(s.created_at).getUTCDay()]!++
    expect(Math.min(...byDay.slice(1, 6))).toBeGreaterThan(1.5 * Math.max(byDay[0]!, byDay[6]!))
  })

  it('sends every form the contract allows', () => {
    const kinds = (field: keyof SessionHistoryItem) =>
      new Set(sessions.map((s) => kindOf(s, field)))
    for (const field of [
      'tags',
      'domains',
      'proxy_type',
      'proxy_bytes',
      'steps',
      'duration',
    ] as const) {
      expect(kinds(field)).toContain('absent')
      expect(kinds(field)).toContain('null')
    }
    expect(kinds('tags')).toContain('array')
    expect(sessions.some((s) => s.tags?.length === 0)).toBe(true)
    expect(sessions.some((s) => s.tags?.length === 4)).toBe(true)
    expect(kinds('used_credits')).toEqual(new Set(['number', 'string']))
    expect(
      sessions.some(
        (s) => typeof s.used_credits === 'string' && /^\d+\.\d{2}$/.test(s.used_credits),
      ),
    ).toBe(true)
    expect(kinds('browser_ip')).toEqual(new Set(['string', 'null']))
    expect(
      sessions.every(
        (s) =>
          s.browser_ip === null || /^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$/.test(s.browser_ip),
      ),
    ).toBe(true)
    expect(new Set(sessions.map((s) => s.proxy_type))).toEqual(
      new Set(['anchor_proxy', 'anchor_residential', 'custom', null, undefined]),
    )
    for (const flag of ['headless', 'recording', 'task_initiated'] as const) {
      expect(new Set(sessions.map((s) => s[flag]))).toEqual(new Set([true, false]))
    }
  })

  it('keeps batch, profile, stealth and playground in user_configuration', () => {
    const batches = new Map<string, number>()
    for (const s of sessions) {
      const batchId = traits(s).batchId
      if (batchId) batches.set(batchId, (batches.get(batchId) ?? 0) + 1)
    }
    expect(batches.size).toBeGreaterThan(5)
    for (const size of batches.values()) expect(size).toBeGreaterThanOrEqual(5)
    for (const size of batches.values()) expect(size).toBeLessThanOrEqual(50)
    expect(share((s) => traits(s).batchId !== undefined)).toBeLessThan(0.5)
    expect(new Set(sessions.map((s) => traits(s).profileName)).size).toBeGreaterThan(5)
    expect(share((s) => traits(s).extraStealth)).toBeGreaterThan(0.1)
    expect(share((s) => traits(s).playground)).toBeGreaterThan(0.01)
    for (const s of sessions.slice(0, 200)) {
      const config = s.user_configuration as { session: object; browser: { headless: object } }
      expect(config.session).toMatchObject({ idle_timeout: 300 })
      expect(config.browser.headless).toEqual({ active: s.headless })
      expect(traits(s).proxy).toBe(typeof s.proxy_type === 'string')
    }
  })

  it('has 1-6 domains and 0-4 tags per session', () => {
    for (const s of sessions) {
      if (Array.isArray(s.domains)) expect(s.domains.length).toBeGreaterThanOrEqual(1)
      expect(s.domains?.length ?? 1).toBeLessThanOrEqual(6)
      expect(s.tags?.length ?? 0).toBeLessThanOrEqual(4)
    }
  })
})

describe('emulatorOptionsFromEnv', () => {
  it('reads the environment with defaults', () => {
    const options = emulatorOptionsFromEnv(
      {
        EMULATOR_SESSIONS: '1234',
        EMULATOR_NOW: '2026-01-02T03:04:05Z',
        EMULATOR_SEED: '9',
        EMULATOR_VARIANTS: 'steps-list, null-fields',
      },
      'key',
    )
    expect(options).toEqual({
      sessions: 1234,
      now: new Date('2026-01-02T03:04:05Z'),
      seed: 9,
      apiKey: 'key',
      variants: ['steps-list', 'null-fields'],
    })
    const defaults = emulatorOptionsFromEnv({}, 'key')
    expect(defaults.sessions).toBe(5000)
    expect(defaults.seed).toBe(1)
    expect(defaults.variants).toEqual([])
    expect(Math.abs(defaults.now.getTime() - Date.now())).toBeLessThan(5000)
  })

  it('rejects malformed values', () => {
    expect(() => emulatorOptionsFromEnv({ EMULATOR_SESSIONS: 'many' }, 'k')).toThrow(
      /EMULATOR_SESSIONS/,
    )
    expect(() => emulatorOptionsFromEnv({ EMULATOR_NOW: 'later' }, 'k')).toThrow(/EMULATOR_NOW/)
    expect(() => emulatorOptionsFromEnv({ EMULATOR_VARIANTS: 'steps' }, 'k')).toThrow(
      /unknown variant "steps"/,
    )
  })
})
