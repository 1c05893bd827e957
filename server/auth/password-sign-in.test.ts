import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { hashPassword } from './password.ts'
import { createPasswordChecker } from './password-sign-in.ts'

const PASSWORD = 'correct horse battery staple'
let usersFile: string

beforeAll(async () => {
  usersFile = join(mkdtempSync(join(tmpdir(), 'users-')), 'users')
  writeFileSync(usersFile, `alice:${await hashPassword(PASSWORD)}\n`)
})

describe('password checks', () => {
  it('lock an address that tries many names, not the others', async () => {
    const clock = { now: 0 }
    const checker = createPasswordChecker(usersFile, () => clock.now)
    for (let i = 0; i < 20; i++) {
      expect(await checker.check(`guess-${i}`, 'wrong', '203.0.113.9')).toEqual({
        ok: false,
        reason: 'wrong',
      })
    }
    expect(await checker.check('alice', PASSWORD, '203.0.113.9')).toMatchObject({
      ok: false,
      reason: 'locked',
    })
    expect(await checker.check('alice', PASSWORD, '198.51.100.1')).toEqual({
      ok: true,
      name: 'alice',
    })
    clock.now += 15 * 60_000
    expect(await checker.check('Alice', PASSWORD, '203.0.113.9')).toEqual({
      ok: true,
      name: 'alice',
    })
  }, 30_000)

  it('sees a user added to the file without a restart', async () => {
    const checker = createPasswordChecker(usersFile, () => 0)
    expect((await checker.check('bob', 'bob password here', '::1')).ok).toBe(false)
    writeFileSync(usersFile, `bob:${await hashPassword('bob password here')}\n`, { flag: 'a' })
    expect(await checker.check('bob', 'bob password here', '::1')).toEqual({
      ok: true,
      name: 'bob',
    })
  })
})
