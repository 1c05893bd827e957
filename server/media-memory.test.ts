/**
 * A recording of 100 MB goes through the relay without being held: memory stays flat while it
 * streams, and a viewer who stops reading stops the upstream too (backpressure), instead of
 * the server reading on into memory.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { listen, type Listening } from './listen.ts'
import { createProxyApp } from './proxy.ts'
import { startFakeUpstream, type FakeUpstream } from './test-helpers.ts'

const MB = 1024 * 1024
const SIZE = 100 * MB
/** What the upstream serves next: generated, so even a gigabyte costs nothing to make. */
let size = SIZE
const CHUNK = new Uint8Array(64 * 1024).fill(7)
let upstream: FakeUpstream
let proxy: Listening
/** Bytes the upstream has handed to its socket so far. */
let produced = 0

beforeAll(async () => {
  upstream = await startFakeUpstream()
  upstream.handler = () => {
    produced = 0
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          const next = Math.min(CHUNK.byteLength, size - produced)
          if (next === 0) return controller.close()
          produced += next
          controller.enqueue(CHUNK.subarray(0, next))
        },
      },
      { highWaterMark: 0 },
    )
    return new Response(body, {
      headers: { 'content-type': 'video/mp4', 'content-length': String(size) },
    })
  }
  const app = createProxyApp({ upstreamUrl: upstream.url, apiKey: 'k', mode: 'live' })
  proxy = await listen(app, { port: 0, host: '127.0.0.1' })
})

afterAll(async () => {
  await proxy.close()
  await upstream.close()
})

function open(): Promise<IncomingMessage> {
  const { hostname, port } = new URL(proxy.url)
  const path = '/api/v1/sessions/s1/recordings/primary/fetch'
  return new Promise((resolve, reject) => {
    httpRequest({ hostname, port, path }, resolve).on('error', reject).end()
  })
}

// Live memory, not garbage: the chunks already read are garbage the collector may not have
// reached yet, so each sample is taken after a full collection.
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void
const liveMemory = () => {
  gc()
  const { heapUsed, arrayBuffers } = process.memoryUsage()
  return heapUsed + arrayBuffers
}

it('streams 100 MB with memory flat', async () => {
  const before = liveMemory()
  let peak = before
  const response = await open()
  expect(response.statusCode).toBe(200)
  let received = 0
  let nextSample = 0
  for await (const chunk of response) {
    received += (chunk as Buffer).byteLength
    if (received >= nextSample) {
      peak = Math.max(peak, liveMemory())
      nextSample += 10 * 1024 * 1024
    }
  }
  expect(received).toBe(SIZE)
  // Holding the file would add 100 MB; streaming keeps a few chunks in flight (what socket
  // buffers hold is the kernel's, outside this count).
  expect(peak - before).toBeLessThan(40 * MB)
}, 60_000)

it('a viewer who stops reading stops the upstream', async () => {
  size = 1024 * MB
  const response = await open()
  try {
    response.pause()
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    const stalledAt = produced
    // Only socket buffers fill: Linux grows a loopback connection's up to tcp_rmem's maximum
    // (32 MB here) plus tcp_wmem's (4 MB), on each of the two hops. Without backpressure the
    // relay reads on at the speed of loopback, hundreds of MB a second.
    expect(stalledAt).toBeLessThan(100 * MB)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(produced).toBe(stalledAt)
  } finally {
    response.destroy()
    size = SIZE
  }
}, 30_000)
