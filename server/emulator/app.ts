/**
 * The emulator's HTTP surface: the provider's read endpoints under /v1, behind the same key
 * check and error shape. Faults are applied outermost so a test can break any answer,
 * authorised or not.
 */
import type { HttpBindings } from '@hono/node-server'
import { Hono } from 'hono'
import { API_KEY_HEADER } from '../../contract/anchor-api.ts'
import { billing } from './billing.ts'
import { ApiError, errorResponse } from './errors.ts'
import { faultMiddleware } from './faults.ts'
import { parseHistoryQuery, sessionsHistory } from './history.ts'
import { parseListQuery } from './list-query.ts'
import { listSessions } from './list.ts'
import { retrieveSession, sessionRecordings } from './retrieve.ts'
import type { EmulatorStore } from './store.ts'

function searchParams(url: string): URLSearchParams {
  return new URL(url).searchParams
}

export function buildApp(store: EmulatorStore, apiKey: string) {
  const app = new Hono<{ Bindings: Partial<HttpBindings> }>()

  app.use(faultMiddleware())
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
  app.get('/v1/sessions/:id', (c) => c.json(retrieveSession(store, c.req.param('id'))))
  app.get('/v1/sessions/:id/recordings', (c) => c.json(sessionRecordings(store, c.req.param('id'))))
  app.get('/v1/billing', (c) => c.json(billing(store)))

  app.notFound(() => errorResponse(404, 'Not Found'))
  app.onError((error) => {
    if (error instanceof ApiError) return errorResponse(error.status, error.message)
    console.error('emulator: unexpected error', error)
    return errorResponse(500, 'Internal Server Error')
  })
  return app
}
