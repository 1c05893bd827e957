import { describe, expect, it } from 'vitest'
import { checkBind, isLoopback } from './bind-policy.ts'
import { authSettingsFromEnv, isEmailAllowed } from './config.ts'
import { safeReturnPath } from './guard.ts'

const SECRET = 'a'.repeat(32)

describe('auth settings', () => {
  it('are none without configuration, and disabled only when asked', () => {
    expect(authSettingsFromEnv({})).toEqual({ kind: 'none' })
    expect(authSettingsFromEnv({ AUTH_DISABLED: 'true' })).toEqual({ kind: 'disabled' })
    expect(() => authSettingsFromEnv({ AUTH_DISABLED: 'yes' })).toThrow(/AUTH_DISABLED/)
  })

  it('read OIDC and the users file, and demand a long secret and an allow-list', () => {
    const env = {
      AUTH_SECRET: SECRET,
      AUTH_USERS_FILE: '/etc/anchor/users',
      OIDC_ISSUER: 'https://accounts.example.com',
      OIDC_CLIENT_ID: 'dashboard',
      AUTH_ALLOWED_EMAILS: 'Example.com, @corp.example, bob@partner.example',
    }
    expect(authSettingsFromEnv(env)).toEqual({
      kind: 'sign-in',
      secret: SECRET,
      usersFile: '/etc/anchor/users',
      oidc: {
        issuer: new URL('https://accounts.example.com'),
        clientId: 'dashboard',
        clientSecret: undefined,
        allowedEmails: ['example.com', 'corp.example', 'bob@partner.example'],
      },
    })
    expect(() => authSettingsFromEnv({ ...env, AUTH_SECRET: 'short' })).toThrow(/AUTH_SECRET/)
    expect(() => authSettingsFromEnv({ ...env, AUTH_ALLOWED_EMAILS: '' })).toThrow(
      /AUTH_ALLOWED_EMAILS/,
    )
    expect(() => authSettingsFromEnv({ ...env, OIDC_CLIENT_ID: '' })).toThrow(/OIDC_CLIENT_ID/)
    expect(() => authSettingsFromEnv({ ...env, AUTH_DISABLED: 'true' })).toThrow(/contradicts/)
  })

  it('allow e-mail by domain or exact address', () => {
    const allowed = ['example.com', 'bob@partner.example']
    expect(isEmailAllowed('Alice@Example.com', allowed)).toBe(true)
    expect(isEmailAllowed('bob@partner.example', allowed)).toBe(true)
    expect(isEmailAllowed('eve@partner.example', allowed)).toBe(false)
    expect(isEmailAllowed('alice@evil-example.com', allowed)).toBe(false)
    expect(isEmailAllowed('alice@sub.example.com', allowed)).toBe(false)
    expect(isEmailAllowed('example.com', allowed)).toBe(false)
  })
})

describe('bind policy', () => {
  it('keeps a server without sign-in on loopback, and says so', () => {
    expect(checkBind('127.0.0.1', { kind: 'none' })).toMatch(/loopback/)
    expect(() => checkBind('0.0.0.0', { kind: 'none' })).toThrow(/Refusing to listen on 0\.0\.0\.0/)
    expect(() => checkBind('192.168.1.5', { kind: 'none' })).toThrow(/AUTH_USERS_FILE/)
    expect(() => checkBind('0.0.0.0', { kind: 'none' }, 'vite')).toThrow(
      /dev server has no sign-in/,
    )
    expect(checkBind('0.0.0.0', { kind: 'disabled' })).toMatch(/^WARNING: sign-in is turned off/)
    const signIn = { kind: 'sign-in', secret: SECRET, usersFile: 'users' } as const
    expect(checkBind('0.0.0.0', signIn)).toBe('Sign-in required (password accounts).')
  })

  it('knows loopback addresses', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost']) {
      expect(isLoopback(host)).toBe(true)
    }
    for (const host of ['0.0.0.0', '::', '10.0.0.1', '127.0.0.1.example.com', 'example.com']) {
      expect(isLoopback(host)).toBe(false)
    }
  })
})

describe('return path', () => {
  it('keeps local paths and drops everything else', () => {
    expect(safeReturnPath('/?status=failed&limit=37')).toBe('/?status=failed&limit=37')
    expect(safeReturnPath('/sessions/abc')).toBe('/sessions/abc')
    for (const bad of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      '/\t/evil.example',
      '/auth/sign-out',
      undefined,
      '',
    ]) {
      expect(safeReturnPath(bad)).toBe('/')
    }
  })
})
