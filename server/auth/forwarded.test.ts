import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import type { NodeEnv } from '../request-target.ts'
import { requestOrigin, type RequestOrigin } from './forwarded.ts'

/** What requestOrigin says for a request from `peer` carrying `headers`. */
async function originOf(
  peer: string,
  headers: Record<string, string>,
  trusted: string[],
): Promise<RequestOrigin> {
  const app = new Hono<NodeEnv>()
  app.get('/', (c) => c.json(requestOrigin(c, new Set(trusted))))
  const incoming = { socket: { remoteAddress: peer } }
  const response = await app.request('/', { headers }, { incoming } as never)
  return (await response.json()) as RequestOrigin
}

const FORWARDED = { 'x-forwarded-for': '203.0.113.7, 10.0.0.2', 'x-forwarded-proto': 'https' }

describe('request origin', () => {
  it('believes forwarded headers from a trusted proxy only', async () => {
    expect(await originOf('::ffff:10.0.0.1', FORWARDED, ['10.0.0.1', '10.0.0.2'])).toEqual({
      address: '203.0.113.7',
      protocol: 'https',
    })
    expect(await originOf('10.0.0.9', FORWARDED, ['10.0.0.1'])).toEqual({
      address: '10.0.0.9',
      protocol: 'http',
    })
  })

  it('takes the rightmost untrusted address, not what the client wrote first', async () => {
    const spoofed = { 'x-forwarded-for': '1.2.3.4, 198.51.100.9' }
    expect((await originOf('10.0.0.1', spoofed, ['10.0.0.1'])).address).toBe('198.51.100.9')
  })
})
