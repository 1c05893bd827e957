import { describe, expect, it } from 'vitest'
import { createSessionStore, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from './session-store.ts'

const alice = { name: 'alice', method: 'password' } as const

function store(secret = 'x'.repeat(32)) {
  const clock = { now: 0 }
  return { clock, sessions: createSessionStore({ secret, now: () => clock.now }) }
}

describe('session store', () => {
  it('knows the user of a live session', () => {
    const { sessions } = store()
    expect(sessions.read(sessions.create(alice))).toEqual(alice)
  })

  it('refuses an altered id, a cookie signed with another secret, and garbage', () => {
    const { sessions } = store()
    const cookie = sessions.create(alice)
    const [id, signature] = cookie.split('.') as [string, string]
    const flip = (text: string) => text.slice(0, -1) + (text.endsWith('A') ? 'B' : 'A')
    expect(sessions.read(`${flip(id)}.${signature}`)).toBeUndefined()
    expect(sessions.read(`${id}.${flip(signature)}`)).toBeUndefined()
    expect(store('y'.repeat(32)).sessions.read(cookie)).toBeUndefined()
    for (const junk of [undefined, '', '.', 'abc', `${id}.`]) {
      expect(sessions.read(junk)).toBeUndefined()
    }
  })

  it('expires after the idle time, each use starting it again', () => {
    const { sessions, clock } = store()
    const cookie = sessions.create(alice)
    clock.now += SESSION_IDLE_MS - 1
    expect(sessions.read(cookie)).toEqual(alice)
    clock.now += SESSION_IDLE_MS - 1
    expect(sessions.read(cookie)).toEqual(alice)
    clock.now += SESSION_IDLE_MS
    expect(sessions.read(cookie)).toBeUndefined()
  })

  it('expires after the absolute time however active', () => {
    const { sessions, clock } = store()
    const cookie = sessions.create(alice)
    while (clock.now + SESSION_IDLE_MS / 2 < SESSION_ABSOLUTE_MS) {
      clock.now += SESSION_IDLE_MS / 2
      expect(sessions.read(cookie)).toEqual(alice)
    }
    clock.now = SESSION_ABSOLUTE_MS
    expect(sessions.read(cookie)).toBeUndefined()
  })

  it('destroy ends the session for every copy of the cookie', () => {
    const { sessions } = store()
    const cookie = sessions.create(alice)
    const other = sessions.create({ name: 'bob', method: 'sso' })
    sessions.destroy(cookie)
    expect(sessions.read(cookie)).toBeUndefined()
    expect(sessions.read(other)).toEqual({ name: 'bob', method: 'sso' })
  })
})
