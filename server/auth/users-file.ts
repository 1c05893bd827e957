import { readFile, rename, writeFile } from 'node:fs/promises'
import { isPasswordHash } from './password.ts'

/**
 * The users file of password accounts: one `name:hash` a line (hashes from
 * server/auth/password.ts), `#` comments and blank lines ignored. It is read again at every
 * sign-in, so a user added with `npm run add-user` can sign in without a restart.
 */
const NAME = /^[A-Za-z0-9._@+-]{1,64}$/

export function isValidUserName(name: string): boolean {
  return NAME.test(name)
}

/** Names are compared case-insensitively: `Alice` and `alice` are one account. */
export function userKey(name: string): string {
  return name.toLowerCase()
}

/** Throws with the line number on anything malformed: a typo must not lock a user out silently. */
export function parseUsers(text: string, source: string): Map<string, string> {
  const users = new Map<string, string>()
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) return
    const colon = line.indexOf(':')
    const name = line.slice(0, colon)
    const hash = line.slice(colon + 1)
    if (colon <= 0 || !isValidUserName(name) || !isPasswordHash(hash)) {
      throw new Error(`${source} line ${index + 1}: expected "name:scrypt$..." (npm run add-user)`)
    }
    users.set(userKey(name), hash)
  })
  return users
}

export async function readUsersFile(path: string): Promise<Map<string, string>> {
  return parseUsers(await readFile(path, 'utf8'), path)
}

/** Adds or replaces one user; written to a new file then renamed, readable by the owner only. */
export async function saveUser(
  path: string,
  name: string,
  hash: string,
): Promise<'added' | 'replaced'> {
  let text = ''
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  parseUsers(text, path)
  const key = userKey(name)
  let replaced = false
  const lines = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      if (line.startsWith('#') || userKey(line.slice(0, line.indexOf(':'))) !== key) return line
      replaced = true
      return `${name}:${hash}`
    })
  if (!replaced) lines.push(`${name}:${hash}`)
  const temporary = `${path}.${process.pid}.tmp`
  await writeFile(temporary, `${lines.join('\n')}\n`, { mode: 0o600 })
  await rename(temporary, path)
  return replaced ? 'replaced' : 'added'
}
