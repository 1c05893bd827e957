import { describe, expect, it } from 'vitest'
import { DEFAULT_ALLOWED_HOSTS, isAllowedHost } from './host-check.ts'

const names = new Set<string>([...DEFAULT_ALLOWED_HOSTS, 'dash.example.com', 'proxy.example:8443'])

describe('isAllowedHost', () => {
  it.each([
    'localhost:8080',
    'LOCALHOST:8080',
    '127.0.0.1:8080',
    '[::1]:8080',
    'localhost',
    'dash.example.com',
    'dash.example.com:8080',
    'proxy.example:8443',
  ])('accepts %s', (host) => {
    expect(isAllowedHost(host, names, 8080)).toBe(true)
  })

  it.each([
    'evil.example',
    'evil.example:8080',
    'localhost:8081',
    'localhost.evil.example:8080',
    '127.0.0.2:8080',
    'proxy.example:8080',
    '::1:8080',
    '',
  ])('refuses %s', (host) => {
    expect(isAllowedHost(host, names, 8080)).toBe(false)
  })
})
