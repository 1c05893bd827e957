import { describe, expect, it } from 'vitest'
import { CLIPS, mp4Seconds } from './clips.ts'
import { app, get, sessions } from './testing.ts'

const recorded = sessions.filter((s) => s.recording && s.status !== 'running')

describe('GET /v1/sessions/{id}/recordings', () => {
  it('lists 1-2 committed clips for ended sessions that record, none otherwise', async () => {
    const counts = new Set<number>()
    for (const item of sessions.slice(0, 120)) {
      const { status, body } = await get(`/v1/sessions/${item.id}/recordings`)
      expect(status).toBe(200)
      expect(body.data.count).toBe(body.data.items.length)
      if (!item.recording || item.status === 'running') expect(body.data.count).toBe(0)
      else {
        counts.add(body.data.count)
        const [first, ...rest] = body.data.items
        expect(first.is_primary).toBe(true)
        expect(rest.every((r: { is_primary: boolean }) => !r.is_primary)).toBe(true)
        expect(first.suggested_file_name).toBe(`${item.id}-1.mp4`)
        expect(first.created_at).toBe(item.created_at)
        const clip = CLIPS.find((c) => c.bytes.byteLength === first.size)!
        expect(first.duration).toBe(`00:00:0${clip.seconds}`)
      }
    }
    expect([...counts].sort()).toEqual([1, 2])
  })

  it("reads each clip's duration from its own header", () => {
    expect(CLIPS.map((clip) => [clip.name, clip.seconds])).toEqual([
      ['test-pattern.mp4', 8],
      ['moving-pattern.mp4', 6],
      ['colour-bars.mp4', 5],
    ])
    expect(() => mp4Seconds(new Uint8Array(16))).toThrow(/mvhd/)
  })

  it('404 for an unknown session', async () => {
    const answer = await get('/v1/sessions/sess_000000000000000000000000/recordings')
    expect(answer.status).toBe(404)
    expect(answer.body.error.message).toBe('Session not found')
  })
})

describe('fetching recordings', () => {
  const session = recorded[0]!
  const base = `/v1/sessions/${session.id}/recordings`

  it('serves the primary recording with the key, honouring one byte range', async () => {
    const whole = await get(`${base}/primary/fetch`)
    expect(whole.status).toBe(200)
    expect(whole.headers.get('content-type')).toBe('video/mp4')
    expect(whole.headers.get('accept-ranges')).toBe('bytes')
    const size = Number(whole.headers.get('content-length'))
    const part = await get(`${base}/primary/fetch`, { range: 'bytes=100-199' })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${size}`)
    expect(part.headers.get('content-length')).toBe('100')
    const tail = await get(`${base}/primary/fetch`, { range: 'bytes=-10' })
    expect(tail.headers.get('content-range')).toBe(`bytes ${size - 10}-${size - 1}/${size}`)
    const past = await get(`${base}/primary/fetch`, { range: `bytes=${size}-` })
    expect(past.status).toBe(416)
    expect(past.headers.get('content-range')).toBe(`bytes */${size}`)
    expect((await get(`${base}/primary/fetch`, { 'anchor-api-key': 'wrong' })).status).toBe(401)
  })

  it('redirects a recording by id to a pre-signed URL that refuses the key', async () => {
    const { body } = await get(base)
    const answer = await get(`${base}/${body.data.items[0].id}/fetch`)
    expect(answer.status).toBe(302)
    const location = new URL(answer.headers.get('location')!)
    expect(location.pathname).toBe(`/storage/${session.id}/${body.data.items[0].id}`)
    const signed = `${location.pathname}${location.search}`
    const withKey = await get(signed)
    expect(withKey.status).toBe(400)
    expect(withKey.body.error.message).toMatch(/no API key/)
    const fetchSigned = (path: string, headers: Record<string, string> = {}) =>
      app.fetch(new Request(`http://emulator.test${path}`, { headers }))
    const ok = await fetchSigned(signed, { range: 'bytes=0-9' })
    expect(ok.status).toBe(206)
    expect(new Uint8Array(await ok.arrayBuffer()).subarray(4, 8)).toEqual(
      new TextEncoder().encode('ftyp'),
    )
    const tampered = signed.replace(body.data.items[0].id, 'rec_0000000000000000')
    expect((await fetchSigned(tampered)).status).toBe(403)
    expect((await fetchSigned(signed.replace('cut=0', 'cut=1'))).status).toBe(403)
  })

  it('the cut fault breaks the body half way', async () => {
    const answer = await get(`${base}/primary/fetch`, { 'x-emulator-fault': 'cut' })
      .then(() => 'complete')
      .catch(() => 'cut')
    expect(answer).toBe('cut')
  })

  it('404 for a recording the session does not have, or a session that records none', async () => {
    expect((await get(`${base}/rec_0000000000000000/fetch`)).status).toBe(404)
    const plain = sessions.find((s) => !s.recording)!
    const none = await get(`/v1/sessions/${plain.id}/recordings/primary/fetch`)
    expect(none.body).toEqual({ error: { code: 404, message: 'Recording not found' } })
  })
})

describe('downloads', () => {
  it('lists files for some ended sessions and hands out a pre-signed URL for each', async () => {
    let withFiles = 0
    for (const item of sessions.slice(0, 60)) {
      const { body } = await get(`/v1/sessions/${item.id}/downloads`)
      expect(body.data.count).toBe(body.data.items.length)
      if (body.data.count === 0) continue
      withFiles++
      const file = body.data.items[0]
      expect(file.origin_url).toMatch(/^https:\/\//)
      const signed = await get(`/v1/sessions/${item.id}/downloads/${file.id}/fetch`)
      expect(signed.body.data.status).toBe('success')
      const url = new URL(signed.body.data.SignedUrl)
      const bytes = await (await app.fetch(new Request(url))).arrayBuffer()
      expect(bytes.byteLength).toBe(file.size)
    }
    expect(withFiles).toBeGreaterThan(5)
    expect(withFiles).toBeLessThan(40)
  })
})
