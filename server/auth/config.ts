/** Sign-in settings read from the environment; the README's table documents each variable. */

export interface OidcSettings {
  /** The provider's issuer URL; its metadata is discovered from it. */
  issuer: URL
  clientId: string
  /** Absent for a public client, which PKCE alone protects. */
  clientSecret?: string
  /** Lower-case domains (`example.com`) and addresses (`bob@example.org`) let in. */
  allowedEmails: string[]
}

export type AuthSettings =
  /** Nothing configured: the server keeps to loopback (server/auth/bind-policy.ts). */
  | { kind: 'none' }
  /** AUTH_DISABLED=true: the operator turned sign-in off on purpose. */
  | { kind: 'disabled' }
  | {
      kind: 'sign-in'
      /** Signs the session cookie. */
      secret: string
      usersFile?: string
      oidc?: OidcSettings
    }

/** Shorter secrets are guessable offline from one signed cookie. */
const MIN_SECRET_LENGTH = 32

export function authSettingsFromEnv(env: NodeJS.ProcessEnv): AuthSettings {
  const disabled = env.AUTH_DISABLED?.trim().toLowerCase()
  if (disabled && disabled !== 'true' && disabled !== 'false') {
    throw new Error(`AUTH_DISABLED must be "true" or "false", got "${env.AUTH_DISABLED}"`)
  }
  const usersFile = env.AUTH_USERS_FILE?.trim() || undefined
  const oidc = oidcSettingsFromEnv(env)
  const configured = usersFile !== undefined || oidc !== undefined
  if (disabled === 'true') {
    if (configured) {
      throw new Error('AUTH_DISABLED=true contradicts AUTH_USERS_FILE / OIDC_ISSUER: choose one.')
    }
    return { kind: 'disabled' }
  }
  if (!configured) return { kind: 'none' }
  const secret = env.AUTH_SECRET?.trim() ?? ''
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(
      `AUTH_SECRET must hold at least ${MIN_SECRET_LENGTH} characters to sign sessions ` +
        '(for example: `openssl rand -base64 48`).',
    )
  }
  return { kind: 'sign-in', secret, usersFile, oidc }
}

function oidcSettingsFromEnv(env: NodeJS.ProcessEnv): OidcSettings | undefined {
  const issuer = env.OIDC_ISSUER?.trim()
  if (!issuer) return undefined
  let url: URL
  try {
    url = new URL(issuer)
  } catch {
    throw new Error(`OIDC_ISSUER is not a URL: "${issuer}"`)
  }
  const clientId = env.OIDC_CLIENT_ID?.trim()
  if (!clientId) throw new Error('OIDC_ISSUER is set: OIDC_CLIENT_ID is needed too.')
  const allowedEmails = commaList(env.AUTH_ALLOWED_EMAILS).map((entry) =>
    entry.toLowerCase().replace(/^@/, ''),
  )
  // Without it every account of a public provider (any Google account...) would get in.
  if (allowedEmails.length === 0) {
    throw new Error(
      'OIDC_ISSUER is set: AUTH_ALLOWED_EMAILS must name the e-mail domains or addresses let in.',
    )
  }
  return {
    issuer: url,
    clientId,
    clientSecret: env.OIDC_CLIENT_SECRET?.trim() || undefined,
    allowedEmails,
  }
}

/** Proxy addresses whose X-Forwarded-For / X-Forwarded-Proto are believed. */
export function trustedProxiesFromEnv(env: NodeJS.ProcessEnv): string[] {
  return commaList(env.TRUSTED_PROXIES)
}

function commaList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

/** True when `email` is one of the allowed addresses or lies in one of the allowed domains. */
export function isEmailAllowed(email: string, allowed: readonly string[]): boolean {
  const address = email.trim().toLowerCase()
  const at = address.lastIndexOf('@')
  if (at <= 0) return false
  const domain = address.slice(at + 1)
  return allowed.some((entry) => (entry.includes('@') ? entry === address : entry === domain))
}
