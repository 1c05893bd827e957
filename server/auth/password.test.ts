import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { hashPassword, isPasswordHash, verifyPassword } from './password.ts'
import { parseUsers, saveUser } from './users-file.ts'

describe('password hashes', () => {
  it('verify the password they were made from, and nothing else', async () => {
    const hash = await hashPassword('correct horse battery staple')
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/)
    expect(await verifyPassword('correct horse battery staple', hash)).toBe(true)
    expect(await verifyPassword('correct horse battery stapl', hash)).toBe(false)
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'))
  })

  it('never match when malformed', async () => {
    for (const bad of ['', 'plain', 'scrypt$3$8$1$c2FsdHNhbHQ$a2V5a2V5a2V5a2V5a2V5', 'md5$x']) {
      expect(isPasswordHash(bad)).toBe(false)
      expect(await verifyPassword('x', bad)).toBe(false)
    }
  })
})

describe('users file', () => {
  it('adds and replaces users, owner-readable only, names case-insensitive', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'users-')), 'users')
    expect(await saveUser(file, 'Alice', await hashPassword('first password'))).toBe('added')
    expect(await saveUser(file, 'bob', await hashPassword('bob password'))).toBe('added')
    expect(await saveUser(file, 'alice', await hashPassword('second password'))).toBe('replaced')
    const users = parseUsers(readFileSync(file, 'utf8'), file)
    expect([...users.keys()]).toEqual(['alice', 'bob'])
    expect(await verifyPassword('second password', users.get('alice')!)).toBe(true)
    expect(statSync(file).mode & 0o777).toBe(0o600)
  })

  it('names the line of anything malformed', () => {
    expect(() => parseUsers('# team\n\nalice:not-a-hash\n', 'users')).toThrow(/users line 3/)
    expect(() => parseUsers('no colon here\n', 'users')).toThrow(/users line 1/)
  })
})
