import { createHash } from 'node:crypto'
import { connect } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { listen, type Listening } from './listen.ts'
import { rawRequest } from './test-helpers.ts'

const servers: Listening[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()))
})

async function start(headersTimeoutMs?: number): Promise<Listening> {
  const server = await listen(
    { fetch: () => new Response('ok') },
    { port: 0, host: '127.0.0.1', headersTimeoutMs },
  )
  servers.push(server)
  return server
}

describe('limits on what clients send', () => {
  it('cuts a slow-loris request soon after the header limit, not on Node’s 30 s sweep', async () => {
    const server = await start(1_000)
    const socket = connect(server.port, '127.0.0.1')
    const started = Date.now()
    socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n')
    // One header byte every 100 ms: the connection is never idle, the headers never end.
    const drip = setInterval(() => socket.write('X'), 100)
    let answer = ''
    socket.on('data', (chunk) => (answer += chunk))
    await new Promise((resolve) => socket.once('close', resolve))
    clearInterval(drip)
    const elapsed = Date.now() - started
    expect(elapsed).toBeGreaterThanOrEqual(900)
    // The limit plus at most one check interval (1 s), with room for a busy machine.
    expect(elapsed).toBeLessThan(3_500)
    // Nobody waits for an answer there: the connection is just cut, no page sent.
    expect(answer).toMatch(/^(HTTP\/1\.1 408 Request Timeout\r\n[^]*\r\n\r\n)?$/)
  }, 10_000)

  it.each([20 * 1024, 9 * 1024 + 16 * 1024])(
    'answers a %i-byte URL past the parser’s limit with a page that leads back',
    async (length) => {
      const server = await start()
      const response = await rawRequest(server.url, `/?q=${'a'.repeat(length)}`)
      expect(response.status).toBe(431)
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
      expect(response.headers['content-security-policy']).toContain("default-src 'none'")
      expect(response.body).toContain('<h1>This address is too long</h1>')
      expect(response.body).toContain('<a href="/">Back to the sessions</a>')
      // The policy allows exactly the page's one inline style, by its hash.
      const style = /<style>([^<]*)<\/style>/.exec(response.body)![1]!
      const hash = createHash('sha256').update(style).digest('base64')
      expect(response.headers['content-security-policy']).toContain(`style-src 'sha256-${hash}'`)
    },
  )

  it('answers an unreadable request with a page too, not a bare status line', async () => {
    const server = await start()
    const socket = connect(server.port, '127.0.0.1')
    socket.write('NOT HTTP AT ALL\r\n\r\n')
    let answer = ''
    socket.on('data', (chunk) => (answer += chunk))
    await new Promise((resolve) => socket.once('close', resolve))
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/)
    expect(answer).toContain('<h1>This request could not be read</h1>')
  })
})
