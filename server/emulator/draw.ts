/**
 * Draws of one session's traits. A Template holds what sessions of one batch share (the job's
 * tags, key, profile and browser settings); the rest is drawn per session.
 */
import { chance, logNormal, pick, pickWeighted, randInt, type Rng } from './random.ts'
import { API_KEYS, DOMAINS, PROFILES, STATUSES, TAGS } from './vocabulary.ts'
import type { Workload } from './workloads.ts'

export interface Template {
  workload: Workload
  apiKey: number
  /** 0 = none, else 1 + index into PROFILES. */
  profile: number
  /** -1 = no proxy, else index into PROXY_TYPES. */
  proxyType: number
  extraStealth: boolean
  headless: boolean
  playground: boolean
  taskInitiated: boolean
  tags: number
}

/** How many tags a session carries: 0 to 4, most often 2. */
const TAG_COUNT_WEIGHTS = [8, 20, 35, 25, 12]
/** How many domains a session visits: 1 to 6. */
const DOMAIN_COUNT_WEIGHTS = [25, 30, 20, 12, 8, 5]

/** A workload's words as vocabulary indexes, resolved once rather than per session. */
interface Indexed {
  tags: number[]
  domains: number[]
  apiKeys: number[]
  profiles: number[]
}

function indexesOf(list: readonly string[], words: readonly string[]): number[] {
  return words.map((word) => {
    const index = list.indexOf(word)
    if (index < 0) throw new Error(`unknown vocabulary word ${word}`)
    return index
  })
}

const indexed = new Map<Workload, Indexed>()

function indexedOf(workload: Workload): Indexed {
  let found = indexed.get(workload)
  if (!found) {
    found = {
      tags: indexesOf(TAGS, workload.tags),
      domains: indexesOf(DOMAINS, workload.domains),
      apiKeys: indexesOf(API_KEYS, workload.apiKeys),
      profiles: indexesOf(PROFILES, workload.profiles),
    }
    indexed.set(workload, found)
  }
  return found
}

/** A mask of `count` distinct entries out of `size`, drawn from `preferred` while it lasts. */
function maskOf(rng: Rng, count: number, preferred: readonly number[], size: number): number {
  let mask = 0
  for (let chosen = 0; chosen < count;) {
    const fromPreferred = chosen < preferred.length
    const bit = 1 << (fromPreferred ? pick(rng, preferred) : randInt(rng, 0, size - 1))
    if ((mask & bit) === 0) chosen++
    mask |= bit
  }
  return mask >>> 0
}

export function drawTemplate(rng: Rng, workload: Workload): Template {
  const words = indexedOf(workload)
  const taskInitiated = chance(rng, workload.taskChance)
  return {
    workload,
    apiKey: pick(rng, words.apiKeys),
    profile: chance(rng, workload.profileChance) ? 1 + pick(rng, words.profiles) : 0,
    proxyType: chance(rng, workload.proxyChance)
      ? pickWeighted(rng, workload.proxyTypeWeights)
      : -1,
    extraStealth: chance(rng, workload.stealthChance),
    headless: chance(rng, workload.headlessChance),
    playground: !taskInitiated && chance(rng, workload.playgroundChance),
    taskInitiated,
    tags: maskOf(rng, pickWeighted(rng, TAG_COUNT_WEIGHTS), words.tags, TAGS.length),
  }
}

export function drawDomains(rng: Rng, workload: Workload): number {
  const count = 1 + pickWeighted(rng, DOMAIN_COUNT_WEIGHTS)
  return maskOf(rng, count, indexedOf(workload).domains, DOMAINS.length)
}

const FAILED = STATUSES.indexOf('failed')
const TERMINATED = STATUSES.indexOf('terminated')
const TIMED_OUT = STATUSES.indexOf('timed_out')

/** Seconds a session ran, by how it ended, never past `now`. */
export function drawDuration(rng: Rng, workload: Workload, status: number, maxSeconds: number) {
  let seconds: number
  if (status === FAILED) seconds = logNormal(rng, 20, 1)
  else if (status === TERMINATED) seconds = logNormal(rng, workload.medianSeconds * 1.5, 0.8)
  else if (status === TIMED_OUT) seconds = randInt(rng, 300, 3600)
  else seconds = logNormal(rng, workload.medianSeconds, 0.9)
  return Math.max(1, Math.min(Math.round(seconds), 4 * 3600, Math.floor(maxSeconds)))
}

/** Bytes through the proxy: roughly proportional to time, with a long tail. */
export function drawProxyBytes(rng: Rng, seconds: number): number {
  return Math.round(logNormal(rng, 12_000 * Math.max(seconds, 5), 1.1))
}

/** Credits per minute, per proxied MB by proxy type, and flat extras; in hundredths. */
const CENTS_PER_MINUTE = 100
const CENTS_PER_MB = [50, 120, 0]
const STEALTH_CENTS = 200
const CENTS_PER_STEP = 10

export function creditCents(
  seconds: number,
  proxyType: number,
  proxyBytes: number,
  extraStealth: boolean,
  steps: number,
): number {
  const proxy = proxyType < 0 ? 0 : ((CENTS_PER_MB[proxyType] ?? 0) * proxyBytes) / 1_048_576
  const cents = (CENTS_PER_MINUTE * seconds) / 60 + proxy + steps * CENTS_PER_STEP
  return Math.round(cents + (extraStealth ? STEALTH_CENTS : 0))
}
