import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import type { SignedInUser } from '../../contract/auth.ts'

/** Signed in for a working day without activity, and a week at most however active. */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000

export interface SessionStore {
  /** Starts a session; returns the cookie value. */
  create: (user: SignedInUser) => string
  /** The user of a live session, refreshing its idle time; undefined for anything else. */
  read: (cookie: string | undefined) => SignedInUser | undefined
  /** Ends the session for good: the cookie is worthless afterwards, wherever it was copied. */
  destroy: (cookie: string | undefined) => void
}

interface Session {
  user: SignedInUser
  createdAt: number
  lastSeenAt: number
}

/**
 * Sessions live in this process's memory, so a restart signs everyone out. The cookie holds a
 * random id and its HMAC under AUTH_SECRET: a forged or altered cookie is refused before any
 * lookup, and the id alone (32 random bytes) cannot be guessed.
 */
export function createSessionStore(options: {
  secret: string
  now: () => number
  idleMs?: number
  absoluteMs?: number
}): SessionStore {
  const idleMs = options.idleMs ?? SESSION_IDLE_MS
  const absoluteMs = options.absoluteMs ?? SESSION_ABSOLUTE_MS
  const sessions = new Map<string, Session>()
  const sign = (id: string) => createHmac('sha256', options.secret).update(id).digest('base64url')
  const alive = (session: Session, at: number) =>
    at - session.lastSeenAt < idleMs && at - session.createdAt < absoluteMs

  const idOf = (cookie: string | undefined): string | undefined => {
    if (!cookie) return undefined
    const dot = cookie.indexOf('.')
    if (dot <= 0) return undefined
    const id = cookie.slice(0, dot)
    const given = Buffer.from(cookie.slice(dot + 1))
    const expected = Buffer.from(sign(id))
    return given.length === expected.length && timingSafeEqual(given, expected) ? id : undefined
  }

  return {
    create: (user) => {
      const at = options.now()
      for (const [id, session] of sessions) if (!alive(session, at)) sessions.delete(id)
      const id = randomBytes(32).toString('base64url')
      sessions.set(id, { user, createdAt: at, lastSeenAt: at })
      return `${id}.${sign(id)}`
    },
    read: (cookie) => {
      const id = idOf(cookie)
      const session = id === undefined ? undefined : sessions.get(id)
      if (!id || !session) return undefined
      const at = options.now()
      if (!alive(session, at)) {
        sessions.delete(id)
        return undefined
      }
      session.lastSeenAt = at
      return session.user
    },
    destroy: (cookie) => {
      const id = idOf(cookie)
      if (id) sessions.delete(id)
    },
  }
}
