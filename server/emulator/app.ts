/**
 * The emulator's HTTP surface: the provider's read endpoints under /v1, behind the same key
 * check and error shape. Faults are applied outermost so a test can break any answer,
 * authorised or not.
 */
import type { HttpBindings } from '@hono/node-server'
import { Hono } from 'hono'
import { API_KEY_HEADER } from '../../contract/anchor-api.ts'
import { billing } from './billing.ts'
import { clockRoutes, type EmulatorClock } from './clock.ts'
import { ApiError, errorResponse } from './errors.ts'
import { faultMiddleware } from './faults.ts'
import { parseHistoryQuery, sessionsHistory } from './history.ts'
import { parseListQuery } from './list-query.ts'
import { listSessions } from './list.ts'
import { retrieveSession, sessionRecordings } from './retrieve.ts'
import type { LivingStore } from './living-store.ts'

function searchParams(url: string): URLSearchParams {
  return new URL(url).searchParams
}

/** Every answer reads the data set as it stands at the clock's moment of the request. */
export function buildApp(data: LivingStore, clock: EmulatorClock, apiKey: string) {
  const app = new Hono<{ Bindings: Partial<HttpBindings> }>()

  app.use(faultMiddleware())
  app.use(async (c, next) => {
    if (c.req.header(API_KEY_HEADER) !== apiKey) return errorResponse(401, 'Invalid API Key')
    await next()
  })

  const store = () => data.at(clock.now())
  app.get('/v1/sessions', (c) =>
    c.json(listSessions(store(), parseListQuery(searchParams(c.req.url)))),
  )
  // Registered before /v1/sessions/:id, which would otherwise take "history" for an id.
  app.get('/v1/sessions/history', (c) => {
    const now = store()
    const query = parseHistoryQuery(searchParams(c.req.url), now.columns.nowMs)
    return c.json(sessionsHistory(now, query))
  })
  app.get('/v1/sessions/:id', (c) => c.json(retrieveSession(store(), c.req.param('id'))))
  app.get('/v1/sessions/:id/recordings', (c) =>
    c.json(sessionRecordings(store(), c.req.param('id'))),
  )
  app.get('/v1/billing', (c) => c.json(billing(store())))
  clockRoutes(app, clock)

  app.notFound(() => errorResponse(404, 'Not Found'))
  app.onError((error) => {
    if (error instanceof ApiError) return errorResponse(error.status, error.message)
    console.error('emulator: unexpected error', error)
    return errorResponse(500, 'Internal Server Error')
  })
  return app
}
