import { describe, expect, it } from 'vitest'
import { readSteps } from '../../api/session-steps.ts'
import { currentStepAt, formatOffset } from './step-timeline.tsx'

describe('formatOffset', () => {
  it.each([
    [0, '0:00.0'],
    [4.26, '0:04.2'],
    [750, '12:30.0'],
    [3723.5, '1:02:03.5'],
    [-2, '0:00.0'],
  ])('%s s reads %s', (seconds, text) => {
    expect(formatOffset(seconds)).toBe(text)
  })
})

describe('currentStepAt', () => {
  it('is the last step at or before the time, -1 before the first', () => {
    const offsets = [1, 2.5, 4]
    expect(currentStepAt(offsets, 0.5)).toBe(-1)
    expect(currentStepAt(offsets, 1)).toBe(0)
    expect(currentStepAt(offsets, 3.9)).toBe(1)
    expect(currentStepAt(offsets, 60)).toBe(2)
  })
})

describe('readSteps', () => {
  it('keeps records with a readable time, in time order, and places nothing it cannot', () => {
    const steps = readSteps([
      { index: 1, action: 'click', created_at: '2026-01-01T00:00:02Z' },
      { index: 0, action: 'navigate', created_at: '2026-01-01T00:00:01Z' },
      { index: 2, action: 'type' },
      'junk',
      { action: null, created_at: '2026-01-01T00:00:03Z' },
    ])
    expect(steps).toEqual([
      { index: 0, action: 'navigate', atMs: Date.parse('2026-01-01T00:00:01Z') },
      { index: 1, action: 'click', atMs: Date.parse('2026-01-01T00:00:02Z') },
      { index: 4, action: null, atMs: Date.parse('2026-01-01T00:00:03Z') },
    ])
  })
})
