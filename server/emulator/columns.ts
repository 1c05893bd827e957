/**
 * The generated sessions, stored column-wise in typed arrays: a million sessions take ~60 MB
 * this way instead of ~1 GB as objects. Position `i` in every column is one session, and
 * positions follow creation time (ties keep generation order), so position order IS the
 * `created_at` order. Strings are interned as small indexes into the vocabulary lists.
 */

/** Bits of `flags`. */
export const FLAG = {
  headless: 1,
  recording: 2,
  taskInitiated: 4,
  playground: 8,
  extraStealth: 16,
  proxy: 32,
  /** `used_credits` goes on the wire as a decimal string such as "12.50". */
  creditsAsString: 64,
  /** The retrieve endpoint sends `steps` as an array of step records. */
  stepsAsArray: 128,
} as const

/** Optional list-item fields whose wire form is a value, null, or nothing at all. */
export const OPTIONAL_FIELDS = [
  'tags',
  'domains',
  'proxy_bytes',
  'proxy_type',
  'steps',
  'duration',
] as const
export type OptionalField = (typeof OPTIONAL_FIELDS)[number]

export const PRESENT = 0
export const NULL = 1
export const ABSENT = 2
export type Presence = typeof PRESENT | typeof NULL | typeof ABSENT

/** `shape` packs a 2-bit Presence per optional field. */
export function presenceOf(shape: number, field: OptionalField): Presence {
  return ((shape >>> (2 * OPTIONAL_FIELDS.indexOf(field))) & 3) as Presence
}

export function withPresence(shape: number, field: OptionalField, presence: Presence): number {
  const shift = 2 * OPTIONAL_FIELDS.indexOf(field)
  return (shape & ~(3 << shift)) | (presence << shift)
}

export interface SessionColumns {
  count: number
  nowMs: number
  seed: number
  /** Milliseconds since the epoch, ascending. */
  createdAt: Float64Array
  /**
   * When the session ends, ms: it runs while the clock is before this. The columns below hold
   * every session's final state; a running session is shown running (see snapshot.ts).
   */
  endsAt: Float64Array
  /** Index into STATUSES: how the session ends (never RUNNING; snapshot.ts says who runs). */
  status: Uint8Array
  /** Index into API_KEYS. */
  apiKey: Uint8Array
  /** 0 = no profile, else 1 + index into PROFILES. */
  profile: Uint8Array
  /** 0 = no batch, else 1 + index into batchIds. */
  batch: Uint32Array
  batchIds: string[]
  /** Bit mask over TAGS. */
  tags: Uint32Array
  /** Bit mask over DOMAINS. */
  domains: Uint32Array
  /** Final credits in hundredths; a snapshot shows 0 while the session runs. */
  creditCents: Uint32Array
  /** Seconds; 0 when the wire value is null or absent. */
  duration: Uint32Array
  /** Bytes; 0 when the wire value is null or absent. */
  proxyBytes: Float64Array
  /** Index into PROXY_TYPES, meaningful when FLAG.proxy is set. */
  proxyType: Uint8Array
  /** 0 when the wire value is null or absent. */
  steps: Uint16Array
  taskExecutions: Uint8Array
  /** 0 = null, else (1 + index into IP_PREFIXES) << 8 | last octet. */
  browserIp: Uint16Array
  flags: Uint8Array
  shape: Uint16Array
}
