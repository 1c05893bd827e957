import { describe, expect, it } from 'vitest'
import { ApiError } from '../lib/http-error.ts'
import { createQueryClient } from './query-client.ts'

type Retry = (failureCount: number, error: unknown) => boolean
type RetryDelay = (attempt: number, error: unknown) => number

const { retry, retryDelay } = createQueryClient().getDefaultOptions().queries! as {
  retry: Retry
  retryDelay: RetryDelay
}

const http = (status: number) => new ApiError('http', 'failed', { status })
const rateLimited = (seconds: number | null) =>
  new ApiError('rate-limited', 'Rate limit exceeded', { status: 429, retryAfterSeconds: seconds })

describe('the query client’s retry policy', () => {
  it('retries what may pass by itself, twice at most', () => {
    for (const error of [http(500), http(502), http(503), http(504), rateLimited(1)]) {
      expect(retry(0, error)).toBe(true)
      expect(retry(1, error)).toBe(true)
      expect(retry(2, error)).toBe(false)
    }
    expect(retry(0, new ApiError('network', 'unreachable'))).toBe(true)
  })

  it('never retries what will not fix itself', () => {
    for (const error of [http(400), http(401), http(404), new ApiError('malformed', 'bad')]) {
      expect(retry(0, error)).toBe(false)
    }
    expect(retry(0, new Error('a bug'))).toBe(false)
  })

  it('waits as long as a 429’s Retry-After asks, whatever the attempt', () => {
    expect(retryDelay(0, rateLimited(2))).toBe(2000)
    expect(retryDelay(1, rateLimited(2))).toBe(2000)
    expect(retryDelay(0, rateLimited(0.5))).toBe(500)
  })

  it('backs off exponentially otherwise, capped', () => {
    expect(retryDelay(1, http(503))).toBe(1000)
    expect(retryDelay(2, http(503))).toBe(2000)
    expect(retryDelay(6, http(503))).toBe(4000)
    expect(retryDelay(1, rateLimited(null))).toBe(1000)
  })
})
