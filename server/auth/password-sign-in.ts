import { hashPassword, verifyPassword } from './password.ts'
import { createFailureLimiter } from './rate-limit.ts'
import { readUsersFile, userKey } from './users-file.ts'

/** A person with a forgotten password gets five tries, then a quarter of an hour's pause. */
const PER_USER = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 }
/** One address may try more names (a shared office address), but not without bound. */
const PER_ADDRESS = { maxFailures: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000 }

export type PasswordResult =
  | { ok: true; name: string }
  | { ok: false; reason: 'wrong' }
  | { ok: false; reason: 'locked'; retryAfterMs: number }

export interface PasswordChecker {
  check: (name: string, password: string, address: string) => Promise<PasswordResult>
}

/**
 * Checks a name and password against the users file. The answer never tells whether the name
 * or the password was wrong: an unknown name costs one scrypt against a dummy hash like a known
 * one does, and locks apply to every name typed, existing or not.
 */
export function createPasswordChecker(usersFile: string, now: () => number): PasswordChecker {
  const perUser = createFailureLimiter({ ...PER_USER, now })
  const perAddress = createFailureLimiter({ ...PER_ADDRESS, now })
  let dummyHash: Promise<string> | undefined

  return {
    check: async (name, password, address) => {
      const user = `user:${userKey(name)}`
      const from = `address:${address}`
      const retryAfterMs = Math.max(perUser.lockedFor(user), perAddress.lockedFor(from))
      if (retryAfterMs > 0) return { ok: false, reason: 'locked', retryAfterMs }
      const stored = (await readUsersFile(usersFile)).get(userKey(name))
      const matches = await verifyPassword(
        password,
        stored ?? (await (dummyHash ??= hashPassword('x'))),
      )
      if (stored !== undefined && matches) {
        perUser.reset(user)
        return { ok: true, name: userKey(name) }
      }
      perUser.fail(user)
      perAddress.fail(from)
      return { ok: false, reason: 'wrong' }
    },
  }
}
