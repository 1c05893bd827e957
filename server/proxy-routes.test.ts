import { describe, expect, it } from 'vitest'
import { matchProxyRoute } from './proxy-routes.ts'
import { isUnsafeRawPath } from './request-target.ts'

describe('matchProxyRoute', () => {
  it.each([
    ['/api/meta', { kind: 'meta' }],
    ['/api/v1/sessions', { kind: 'upstream', path: '/v1/sessions' }],
    ['/api/v1/sessions/history', { kind: 'upstream', path: '/v1/sessions/history' }],
    ['/api/v1/sessions/s_1-x', { kind: 'upstream', path: '/v1/sessions/s_1-x' }],
    ['/api/v1/sessions/s1/recordings', { kind: 'upstream', path: '/v1/sessions/s1/recordings' }],
    ['/api/v1/billing', { kind: 'upstream', path: '/v1/billing' }],
    ['/api', { kind: 'not-found' }],
    ['/api/meta/x', { kind: 'not-found' }],
    ['/api/v1', { kind: 'not-found' }],
    ['/api/v1/sessions/s1/downloads', { kind: 'upstream', path: '/v1/sessions/s1/downloads' }],
    [
      '/api/v1/sessions/s1/recordings/primary/fetch',
      { kind: 'media', path: '/v1/sessions/s1/recordings/primary/fetch', media: 'recording' },
    ],
    [
      '/api/v1/sessions/s1/recordings/rec_9/fetch',
      { kind: 'media', path: '/v1/sessions/s1/recordings/rec_9/fetch', media: 'recording' },
    ],
    [
      '/api/v1/sessions/s1/downloads/dl_9/fetch',
      { kind: 'media', path: '/v1/sessions/s1/downloads/dl_9/fetch', media: 'download' },
    ],
    ['/api/v1/sessions/s1/recordings/r1', { kind: 'not-found' }],
    ['/api/v1/sessions/s1/recordings/r1/pause', { kind: 'not-found' }],
    ['/api/v1/sessions/s1/recordings/r1/fetch/x', { kind: 'not-found' }],
    ['/api/v1/sessions/history/recordings', { kind: 'not-found' }],
    ['/api/v1/sessions/history/downloads/d1/fetch', { kind: 'not-found' }],
    ['/api/v1/sessions/s1/mouse/click/fetch', { kind: 'not-found' }],
    ['/api/v1/sessions/s1/recordings/r%2e1/fetch', { kind: 'malformed' }],
    ['/api/v1/sessions/s1/downloads/../fetch', { kind: 'malformed' }],
    ['/api/v1/sessions\\..\\billing', { kind: 'malformed' }],
    ['/api/v1/sessions/%2e%2e', { kind: 'malformed' }],
    ['/api/v1/sessions/s%201', { kind: 'malformed' }],
    ['/api/v1/sessions/s1/', { kind: 'malformed' }],
    ['/other/api/v1/sessions', { kind: 'malformed' }],
    ['api/v1/sessions', { kind: 'malformed' }],
  ])('%s', (path, route) => {
    expect(matchProxyRoute(path)).toEqual(route)
  })
})

describe('isUnsafeRawPath', () => {
  it.each([
    '/a/../b',
    '/a/./b',
    '/..',
    '/a/%2e%2E/b',
    '/a/.%2e',
    '/a%2fb',
    '/a%5Cb',
    '/a\\b',
    '//evil.example/x',
    'http://127.0.0.1/x',
    '*',
  ])('refuses %s', (path) => {
    expect(isUnsafeRawPath(path)).toBe(true)
  })

  it.each(['/', '/sessions/sess_1', '/assets/index-a1.js', '/a/.well-known', '/a/..b', '/s%20x'])(
    'accepts %s',
    (path) => {
      expect(isUnsafeRawPath(path)).toBe(false)
    },
  )
})
