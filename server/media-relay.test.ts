import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator } from './emulator/index.ts'
import { listen, type Listening } from './listen.ts'
import { createProxyApp } from './proxy.ts'
import { startFakeUpstream, type FakeUpstream } from './test-helpers.ts'

const KEY = 'media-secret-key-42'
const closers: Array<() => Promise<void>> = []
afterAll(async () => {
  for (const close of closers.reverse()) await close()
})

async function startProxy(upstreamUrl: string, timeoutMs = 5_000): Promise<string> {
  const app = createProxyApp({ upstreamUrl, apiKey: KEY, mode: 'emulator', timeoutMs })
  const server: Listening = await listen(app, { port: 0, host: '127.0.0.1' })
  closers.push(server.close)
  return server.url
}

describe('through the emulator', () => {
  let proxy = ''
  let emulator = ''
  let session = ''
  let recordings: Array<{ id: string; size: number }> = []
  let download: { id: string; size: number } | undefined
  let downloadSession = ''

  beforeAll(async () => {
    const started = await startEmulator({
      sessions: 400,
      now: new Date('2026-11-01T00:00:00Z'),
      seed: 1,
      apiKey: KEY,
    })
    closers.push(started.close)
    emulator = started.url
    proxy = await startProxy(emulator)
    const headers = { 'anchor-api-key': KEY }
    const list = await fetch(`${emulator}/v1/sessions?limit=50`, { headers }).then((r) => r.json())
    for (const item of list.data.sessions as Array<{ id: string }>) {
      const recs = await fetch(`${emulator}/v1/sessions/${item.id}/recordings`, { headers })
      const items = (await recs.json()).data.items
      if (!session && items.length === 2) [session, recordings] = [item.id, items]
      const files = await fetch(`${emulator}/v1/sessions/${item.id}/downloads`, { headers })
      const first = (await files.json()).data.items[0]
      if (!download && first) [download, downloadSession] = [first, item.id]
    }
    expect(session && download).toBeTruthy()
  })

  it('streams the primary recording with a byte range: 206, only the bytes asked for', async () => {
    const url = `${proxy}/api/v1/sessions/${session}/recordings/primary/fetch`
    const whole = await fetch(url)
    expect(whole.status).toBe(200)
    expect(whole.headers.get('content-type')).toBe('video/mp4')
    const bytes = new Uint8Array(await whole.arrayBuffer())
    expect(bytes.byteLength).toBe(recordings[0]!.size)
    const part = await fetch(url, { headers: { range: 'bytes=1000-1999' } })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe(`bytes 1000-1999/${bytes.byteLength}`)
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(bytes.subarray(1000, 2000))
    const past = await fetch(url, { headers: { range: `bytes=${bytes.byteLength}-` } })
    expect(past.status).toBe(416)
  })

  it('follows the 302 to storage without the key (storage refuses any request with one)', async () => {
    const second = recordings[1]!
    const url = `${proxy}/api/v1/sessions/${session}/recordings/${second.id}/fetch`
    const answer = await fetch(url, { headers: { range: 'bytes=0-' } })
    expect(answer.status).toBe(206)
    expect((await answer.arrayBuffer()).byteLength).toBe(second.size)
  })

  it('fetches a download through its signed JSON, as an opaque attachment', async () => {
    const url = `${proxy}/api/v1/sessions/${downloadSession}/downloads/${download!.id}/fetch`
    const answer = await fetch(url)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toBe('application/octet-stream')
    expect(answer.headers.get('content-disposition')).toBe('attachment')
    expect((await answer.arrayBuffer()).byteLength).toBe(download!.size)
  })

  it('says what went wrong: 404, 429 with Retry-After, and a cut stream errors', async () => {
    const url = `${proxy}/api/v1/sessions/${session}/recordings/primary/fetch`
    const missing = await fetch(`${proxy}/api/v1/sessions/${session}/recordings/rec_00/fetch`)
    expect(missing.status).toBe(404)
    expect((await missing.json()).error.message).toMatch(/no such recording/)
    const limited = await fetch(url, { headers: { 'x-emulator-fault': 'rate-limit=7' } })
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('7')
    const cut = await fetch(url, { headers: { 'x-emulator-fault': 'cut' } })
    expect(cut.status).toBe(200)
    await expect(cut.arrayBuffer()).rejects.toThrow()
  })
})

describe('redirects', () => {
  let api: FakeUpstream
  let storage: FakeUpstream
  let proxy = ''

  beforeAll(async () => {
    ;[api, storage] = await Promise.all([startFakeUpstream(), startFakeUpstream()])
    closers.push(api.close, storage.close)
    proxy = await startProxy(api.url)
  })

  it('never sends the key, or anything else of the API request, to the redirected host', async () => {
    api.handler = () =>
      new Response(null, { status: 302, headers: { location: `${storage.url}/file?sig=abc` } })
    storage.handler = () =>
      new Response('video bytes', { headers: { 'content-type': 'video/mp4' } })
    const answer = await fetch(`${proxy}/api/v1/sessions/s1/recordings/r1/fetch`, {
      headers: { range: 'bytes=0-', 'x-emulator-fault': 'latency=0', cookie: 'a=b' },
    })
    expect(await answer.text()).toBe('video bytes')
    expect(api.requests.at(-1)!.headers['anchor-api-key']).toBe(KEY)
    const seen = storage.requests.at(-1)!
    expect(seen.target).toBe('/file?sig=abc')
    expect(JSON.stringify(seen.headers)).not.toContain(KEY)
    expect(seen.headers).not.toHaveProperty('anchor-api-key')
    expect(seen.headers).not.toHaveProperty('x-emulator-fault')
    expect(seen.headers).not.toHaveProperty('cookie')
    expect(seen.headers.range).toBe('bytes=0-')
  })

  it('follows a signed URL in JSON the same way', async () => {
    api.handler = () => Response.json({ data: { status: 'ok', SignedUrl: `${storage.url}/dl` } })
    storage.handler = () => new Response('file bytes')
    const answer = await fetch(`${proxy}/api/v1/sessions/s1/downloads/d1/fetch`)
    expect(await answer.text()).toBe('file bytes')
    expect(storage.requests.at(-1)!.headers).not.toHaveProperty('anchor-api-key')
  })

  it.each([
    ['a non-HTTP URL', 'file:///etc/passwd', /file: URL/],
    ['a URL with credentials', 'http://user:pw@127.0.0.1:9/x', /credentials/],
    ['no Location', '', /without a Location/],
  ])('refuses a redirect to %s', async (_, location, message) => {
    api.handler = () => new Response(null, { status: 302, headers: location ? { location } : {} })
    const answer = await fetch(`${proxy}/api/v1/sessions/s1/recordings/r1/fetch`)
    expect(answer.status).toBe(502)
    expect((await answer.json()).error.message).toMatch(message)
  })

  it('stops after three hops', async () => {
    api.handler = () =>
      new Response(null, { status: 302, headers: { location: `${storage.url}/a` } })
    storage.handler = () =>
      new Response(null, { status: 302, headers: { location: `${storage.url}/b` } })
    const answer = await fetch(`${proxy}/api/v1/sessions/s1/recordings/r1/fetch`)
    expect(answer.status).toBe(502)
    expect((await answer.json()).error.message).toMatch(/Too many redirects/)
  })

  it('does not relay an error body, which could echo the key', async () => {
    api.handler = () => new Response(`Invalid API key: ${KEY}`, { status: 403 })
    const answer = await fetch(`${proxy}/api/v1/sessions/s1/recordings/primary/fetch`)
    expect(answer.status).toBe(502)
    expect(await answer.text()).not.toContain(KEY)
  })
})
