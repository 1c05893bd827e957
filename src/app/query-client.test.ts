import { describe, expect, it } from 'vitest'
import { ApiError } from '../lib/http-error.ts'
import { createQueryClient } from './query-client.ts'

type Retry = (failureCount: number, error: unknown) => boolean
type RetryDelay = (failureCount: number, error: unknown) => number

const { retry, retryDelay } = createQueryClient().getDefaultOptions().queries! as {
  retry: Retry
  retryDelay: RetryDelay
}

const http = (status: number) => new ApiError('http', 'failed', { status })
const rateLimited = (seconds: number | null) =>
  new ApiError('rate-limited', 'Rate limit exceeded', { status: 429, retryAfterSeconds: seconds })

// TanStack Query passes the number of failures before the one just met: 0 after the first.
describe('the query client follows the one retry policy', () => {
  it('retries a failure that may pass by itself twice at most', () => {
    for (const error of [http(500), http(502), http(503), http(504)]) {
      expect(retry(0, error)).toBe(true)
      expect(retry(1, error)).toBe(true)
      expect(retry(2, error)).toBe(false)
    }
    expect(retry(0, new ApiError('network', 'unreachable'))).toBe(true)
  })

  it('gives a rate limit the same three tries, and no unbounded wait', () => {
    expect(retry(1, rateLimited(1))).toBe(true)
    expect(retry(2, rateLimited(1))).toBe(false)
    expect(retry(0, rateLimited(120))).toBe(false)
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
    expect(retryDelay(0, http(503))).toBe(400)
    expect(retryDelay(1, http(503))).toBe(800)
    expect(retryDelay(1, rateLimited(null))).toBe(800)
  })
})
