import { describe, expect, it } from 'vitest'
import { PAGE_SIZES, SORT_FIELDS, SORT_ORDERS } from '../../contract/anchor-api.ts'
import { listSessions } from './list.ts'
import type { ListQuery } from './list-query.ts'
import { mulberry32, randInt, type Rng } from './random.ts'
import { referenceList, traits } from './reference-list.ts'
import { buildStore } from './snapshot.ts'
import { OPTIONS, sessions } from './testing.ts'
import { DOMAINS, PROFILES, STATUSES, TAGS } from './vocabulary.ts'

const store = buildStore(OPTIONS.sessions, OPTIONS.now.getTime(), OPTIONS.seed)
const batchIds = [...new Set(sessions.map((s) => traits(s).batchId).filter(Boolean))] as string[]

const pick = <T>(rng: Rng, items: readonly T[]): T => items[randInt(rng, 0, items.length - 1)]!
const sometimes = <T>(rng: Rng, odds: number, value: () => T): T | undefined =>
  rng() < odds ? value() : undefined
const someOf = <T>(rng: Rng, items: readonly T[], most: number): T[] =>
  rng() < 0.3 ? Array.from({ length: randInt(rng, 1, most) }, () => pick(rng, items)) : []
/** Part of a word, in either case: what a person types into a partial-match filter. */
const partOf = (rng: Rng, word: string) => {
  const start = randInt(rng, 0, Math.max(0, word.length - 3))
  const part = word.slice(start, start + randInt(rng, 1, 4))
  return rng() < 0.5 ? part.toUpperCase() : part
}

/** A query as a person could build it, with values that match sometimes and sometimes not. */
function randomQuery(rng: Rng): ListQuery {
  const times = sessions.map((s) => Date.parse(s.created_at))
  const from = sometimes(rng, 0.3, () => pick(rng, times))
  const flag = () => sometimes(rng, 0.2, () => rng() < 0.5)
  return {
    page: rng() < 0.7 ? 1 : randInt(rng, 1, 30),
    limit: pick(rng, PAGE_SIZES),
    sortBy: pick(rng, SORT_FIELDS),
    sortOrder: pick(rng, SORT_ORDERS),
    search: someOf(rng, TAGS, 2).map((tag) => partOf(rng, tag)),
    status: sometimes(rng, 0.25, () => pick(rng, [...STATUSES, 'Completed', 'paused'])),
    tags: someOf(rng, TAGS, 2),
    domains: someOf(rng, DOMAINS, 2),
    createdFrom: from,
    createdTo: sometimes(
      rng,
      0.3,
      () => (from ?? pick(rng, times)) + randInt(rng, -1, 20) * 86_400_000,
    ),
    batchId: sometimes(rng, 0.1, () => pick(rng, [...batchIds, 'batch_unknown'])),
    taskInitiated: flag(),
    playground: flag(),
    proxy: flag(),
    extraStealth: flag(),
    profileName: sometimes(rng, 0.15, () => partOf(rng, pick(rng, PROFILES))),
  }
}

describe('the emulator’s engine and its plain-code reference', () => {
  // Each query reads all 5,000 sessions the plain way: seconds in all, more on a busy machine.
  it('give the same page and totals for 400 random queries', { timeout: 30_000 }, () => {
    const rng = mulberry32(20261204)
    let nonEmpty = 0
    for (let i = 0; i < 400; i++) {
      const query = randomQuery(rng)
      const expected = referenceList(sessions, query)
      expect(listSessions(store, query).data, JSON.stringify(query)).toEqual(expected)
      if (expected.sessions.length) nonEmpty++
    }
    // The comparison means something only if many queries find sessions.
    expect(nonEmpty).toBeGreaterThan(130)
  })
})
