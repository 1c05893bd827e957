import type { AuthSettings } from './config.ts'
import { createSsoClient, type SsoClient } from './oidc.ts'
import { createPasswordChecker, type PasswordChecker } from './password-sign-in.ts'
import { createSessionStore, type SessionStore } from './session-store.ts'
import { normalizeAddress } from './forwarded.ts'

/** Everything the sign-in routes and the guard share, built once per server. */
export interface Auth {
  sessions: SessionStore
  sso?: SsoClient
  passwords?: PasswordChecker
  trustedProxies: ReadonlySet<string>
  log: (line: string) => void
}

export interface AuthOptions {
  settings: Extract<AuthSettings, { kind: 'sign-in' }>
  trustedProxies?: readonly string[]
  /** The clock of sessions, locks and pending logins; tests move it. */
  now?: () => number
  log?: (line: string) => void
}

export function createAuth(options: AuthOptions): Auth {
  const now = options.now ?? Date.now
  const { settings } = options
  return {
    sessions: createSessionStore({ secret: settings.secret, now }),
    sso: settings.oidc && createSsoClient(settings.oidc, now),
    passwords:
      settings.usersFile === undefined ? undefined : createPasswordChecker(settings.usersFile, now),
    trustedProxies: new Set((options.trustedProxies ?? []).map(normalizeAddress)),
    log: options.log ?? (() => {}),
  }
}
