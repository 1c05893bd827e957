/**
 * The emulator's HTTP surface: the provider's read endpoints under /v1, behind the same key
 * check and error shape, and the file storage its pre-signed URLs point at. Faults are applied
 * outermost so a test can break any answer, authorised or not.
 */
import type { HttpBindings } from '@hono/node-server'
import { Hono, type Context } from 'hono'
import { API_KEY_HEADER, EMULATOR_FAULT_HEADER } from '../../contract/anchor-api.ts'
import { billing } from './billing.ts'
import { serveBytes } from './byte-ranges.ts'
import { downloadsOf, downloadsResponse } from './downloads.ts'
import { ApiError, errorResponse } from './errors.ts'
import { faultMiddleware, parseFaults } from './faults.ts'
import { parseHistoryQuery, sessionsHistory } from './history.ts'
import { parseListQuery } from './list-query.ts'
import { listSessions } from './list.ts'
import { recordingsOf, recordingsResponse } from './recordings.ts'
import { positionOf, retrieveSession } from './retrieve.ts'
import { createStorage, STORAGE_PREFIX, type StoredObject } from './storage.ts'
import type { EmulatorStore } from './store.ts'
import { isVariant, type Variant } from './variants.ts'

function searchParams(url: string): URLSearchParams {
  return new URL(url).searchParams
}

type Env = { Bindings: Partial<HttpBindings> }

function requestFaults(c: Context<Env>) {
  return parseFaults(c.req.header(EMULATOR_FAULT_HEADER) ?? '')
}

/** Destroys the client's socket where there is one (the Node server, not an in-process call). */
function connectionBreaker(c: Context<Env>): () => boolean {
  return () => {
    const socket = c.env?.incoming?.socket
    socket?.destroy()
    return socket !== undefined
  }
}

export function buildApp(store: EmulatorStore, apiKey: string, variants: readonly Variant[] = []) {
  const app = new Hono<Env>()
  const storage = createStorage()
  const recordings = (id: string) => recordingsOf(store, positionOf(store, id), id)
  const downloads = (id: string, origin: string) =>
    downloadsOf(store, positionOf(store, id), id, origin)
  /** Storage keys are `<session id>/<recording or download id>`. */
  const findObject = (key: string, origin: string): StoredObject | null => {
    const [sessionId = '', objectId] = key.split('/')
    try {
      const recording = recordings(sessionId).find((r) => r.item.id === objectId)
      if (recording) return { bytes: recording.clip.bytes, contentType: 'video/mp4' }
      return downloads(sessionId, origin).find((d) => d.item.id === objectId) ?? null
    } catch {
      return null
    }
  }

  app.use(faultMiddleware())
  // Storage takes no key, only signatures (storage.ts).
  app.get(`${STORAGE_PREFIX}/*`, (c) =>
    storage.serve(
      c.req.raw,
      (key) => findObject(key, new URL(c.req.url).origin),
      connectionBreaker(c),
    ),
  )
  app.use(async (c, next) => {
    if (c.req.header(API_KEY_HEADER) !== apiKey) return errorResponse(401, 'Invalid API Key')
    await next()
  })

  app.get('/v1/sessions', (c) =>
    c.json(listSessions(store, parseListQuery(searchParams(c.req.url)))),
  )
  // Registered before /v1/sessions/:id, which would otherwise take "history" for an id.
  app.get('/v1/sessions/history', (c) => {
    const query = parseHistoryQuery(searchParams(c.req.url), store.columns.nowMs)
    return c.json(sessionsHistory(store, query))
  })
  app.get('/v1/sessions/:id', (c) => {
    const asked = [...requestFaults(c).flags].filter(isVariant)
    return c.json(retrieveSession(store, c.req.param('id'), new Set([...variants, ...asked])))
  })
  app.get('/v1/sessions/:id/recordings', (c) =>
    c.json(recordingsResponse(recordings(c.req.param('id')))),
  )
  // The primary recording itself, straight from the API and only with the key.
  app.get('/v1/sessions/:id/recordings/primary/fetch', (c) => {
    const primary = recordings(c.req.param('id')).find((r) => r.item.is_primary)
    if (!primary) throw new ApiError(404, 'Recording not found')
    return serveBytes(primary.clip.bytes, {
      range: c.req.header('range'),
      contentType: 'video/mp4',
      cut: requestFaults(c).flags.has('cut') ? connectionBreaker(c) : undefined,
    })
  })
  // Any recording by id: a redirect to a pre-signed storage URL, which needs no key.
  app.get('/v1/sessions/:id/recordings/:recordingId/fetch', (c) => {
    const id = c.req.param('id')
    const recording = recordings(id).find((r) => r.item.id === c.req.param('recordingId'))
    if (!recording) throw new ApiError(404, 'Recording not found')
    const cut = requestFaults(c).flags.has('cut')
    const location = storage.sign(new URL(c.req.url).origin, `${id}/${recording.item.id}`, { cut })
    return c.redirect(location, 302)
  })
  app.get('/v1/sessions/:id/downloads', (c) =>
    c.json(downloadsResponse(downloads(c.req.param('id'), new URL(c.req.url).origin))),
  )
  // A download: its pre-signed URL wrapped in `data`, as the provider documents it.
  app.get('/v1/sessions/:id/downloads/:downloadId/fetch', (c) => {
    const id = c.req.param('id')
    const origin = new URL(c.req.url).origin
    const download = downloads(id, origin).find((d) => d.item.id === c.req.param('downloadId'))
    if (!download) throw new ApiError(404, 'Download not found')
    const cut = requestFaults(c).flags.has('cut')
    const SignedUrl = storage.sign(origin, `${id}/${download.item.id}`, { cut })
    return c.json({ data: { status: 'success', SignedUrl, message: 'Pre-signed URL created' } })
  })
  app.get('/v1/billing', (c) => c.json(billing(store)))

  app.notFound(() => errorResponse(404, 'Not Found'))
  app.onError((error) => {
    if (error instanceof ApiError) return errorResponse(error.status, error.message)
    console.error('emulator: unexpected error', error)
    return errorResponse(500, 'Internal Server Error')
  })
  return app
}
