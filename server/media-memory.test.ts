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

const SIZE = 100 * 1024 * 1024
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
          const size = Math.min(CHUNK.byteLength, SIZE - produced)
          if (size === 0) return controller.close()
          produced += size
          controller.enqueue(CHUNK.subarray(0, size))
        },
      },
      { highWaterMark: 0 },
    )
    return new Response(body, {
      headers: { 'content-type': 'video/mp4', 'content-length': String(SIZE) },
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
  let mostInFlight = 0
  const response = await open()
  expect(response.statusCode).toBe(200)
  let received = 0
  let nextSample = 0
  for await (const chunk of response) {
    received += (chunk as Buffer).byteLength
    mostInFlight = Math.max(mostInFlight, produced - received)
    if (received >= nextSample) {
      peak = Math.max(peak, liveMemory())
      nextSample += 10 * 1024 * 1024
    }
  }
  expect(received).toBe(SIZE)
  // Holding the file would add 100 MB; streaming keeps a few chunks in flight.
  expect(mostInFlight).toBeLessThan(16 * 1024 * 1024)
  expect(peak - before).toBeLessThan(24 * 1024 * 1024)
}, 60_000)

it('a viewer who stops reading stops the upstream', async () => {
  const response = await open()
  response.pause()
  await new Promise((resolve) => setTimeout(resolve, 1_000))
  const stalledAt = produced
  // Socket buffers on both sides hold a few MB at most; without backpressure all 100 MB flow.
  expect(stalledAt).toBeLessThan(24 * 1024 * 1024)
  await new Promise((resolve) => setTimeout(resolve, 300))
  expect(produced).toBe(stalledAt)
  response.destroy()
}, 30_000)
