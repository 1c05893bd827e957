import { text } from 'node:stream/consumers'
import { hashPassword } from './password.ts'
import { isValidUserName, saveUser } from './users-file.ts'

/**
 * `npm run add-user -- <name> [users-file]`: asks for a password (twice, not shown) and writes
 * `name:scrypt-hash` into the users file (AUTH_USERS_FILE unless a path is given), replacing
 * the user's old password if there was one. Without a terminal the password is the first line
 * of standard input, for scripts: `printf '%s\n' "$PASSWORD" | npm run add-user -- alice`.
 */
const MIN_PASSWORD_LENGTH = 12

async function main(): Promise<void> {
  const [name, fileArgument] = process.argv.slice(2)
  const file = fileArgument ?? process.env.AUTH_USERS_FILE?.trim()
  if (!name || !file) {
    throw new Error('Usage: npm run add-user -- <name> [users-file]  (or set AUTH_USERS_FILE)')
  }
  if (!isValidUserName(name)) {
    throw new Error('A name is 1 to 64 letters, digits and . _ @ + -')
  }
  const password = process.stdin.isTTY ? await askTwice() : firstLine(await text(process.stdin))
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`A password needs at least ${MIN_PASSWORD_LENGTH} characters.`)
  }
  const outcome = await saveUser(file, name, await hashPassword(password))
  console.log(`${outcome === 'added' ? 'Added' : 'Changed the password of'} ${name} in ${file}.`)
}

function firstLine(input: string): string {
  return input.split(/\r?\n/)[0] ?? ''
}

async function askTwice(): Promise<string> {
  const first = await askHidden('Password: ')
  const second = await askHidden('Again: ')
  if (first !== second) throw new Error('The two passwords differ.')
  return first
}

/** Reads a line from the terminal without echoing it. */
function askHidden(prompt: string): Promise<string> {
  const stdin = process.stdin
  process.stdout.write(prompt)
  stdin.setRawMode(true)
  stdin.setEncoding('utf8')
  stdin.resume()
  let value = ''
  return new Promise((resolve, reject) => {
    const done = () => {
      stdin.off('data', onData)
      stdin.setRawMode(false)
      stdin.pause()
      process.stdout.write('\n')
    }
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          done()
          resolve(value)
          return
        }
        if (char === '\u0003') {
          done()
          reject(new Error('Cancelled.'))
          return
        }
        value = char === '\u007f' || char === '\b' ? value.slice(0, -1) : value + char
      }
    }
    stdin.on('data', onData)
  })
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
