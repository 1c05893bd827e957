import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

/**
 * Password hashes with Node's own scrypt. The parameters travel in the hash
 * (`scrypt$N$r$p$salt$key`, base64url), so they can be raised later without breaking old ones.
 * N=2^15, r=8: 32 MiB and a few tens of milliseconds per check on this kind of machine.
 */
const COST = 32_768
const BLOCK_SIZE = 8
const PARALLELISM = 1
const KEY_BYTES = 32
const SALT_BYTES = 16

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES)
  const key = await derive(password, salt, COST, BLOCK_SIZE, PARALLELISM, KEY_BYTES)
  return [
    'scrypt',
    COST,
    BLOCK_SIZE,
    PARALLELISM,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$')
}

/** Constant-time comparison; a malformed stored hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored)
  if (!parsed) return false
  const key = await derive(
    password,
    parsed.salt,
    parsed.cost,
    parsed.blockSize,
    parsed.parallelism,
    parsed.key.length,
  )
  return timingSafeEqual(key, parsed.key)
}

export function isPasswordHash(value: string): boolean {
  return parseHash(value) !== undefined
}

interface ParsedHash {
  cost: number
  blockSize: number
  parallelism: number
  salt: Buffer
  key: Buffer
}

function parseHash(value: string): ParsedHash | undefined {
  const [scheme, costText, blockText, parallelText, saltText, keyText, ...rest] = value.split('$')
  if (scheme !== 'scrypt' || keyText === undefined || rest.length > 0) return undefined
  const cost = Number(costText)
  const blockSize = Number(blockText)
  const parallelism = Number(parallelText)
  const salt = Buffer.from(saltText ?? '', 'base64url')
  const key = Buffer.from(keyText, 'base64url')
  const sane =
    inRange(cost, 1024, 1_048_576) &&
    (cost & (cost - 1)) === 0 &&
    inRange(blockSize, 1, 32) &&
    inRange(parallelism, 1, 16) &&
    salt.length >= 8 &&
    key.length >= 16
  return sane ? { cost, blockSize, parallelism, salt, key } : undefined
}

function inRange(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max
}

function derive(
  password: string,
  salt: Buffer,
  cost: number,
  blockSize: number,
  parallelism: number,
  length: number,
): Promise<Buffer> {
  const options: ScryptOptions = {
    N: cost,
    r: blockSize,
    p: parallelism,
    // Node refuses above 32 MiB by default; allow what these parameters need.
    maxmem: 256 * cost * blockSize,
  }
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, length, options, (error, key) =>
      error ? reject(error) : resolve(key),
    )
  })
}
