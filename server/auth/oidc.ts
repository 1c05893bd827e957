import * as client from 'openid-client'
import { isLoopback } from './bind-policy.ts'
import { isEmailAllowed, type OidcSettings } from './config.ts'

/** What a sign-in started here must carry back: checked by openid-client at the callback. */
interface PendingLogin {
  codeVerifier: string
  state: string
  nonce: string
  redirectUri: string
  returnTo: string
  expiresAt: number
}

/** Time a person has at the provider (entering a password, a second factor). */
const PENDING_MS = 10 * 60 * 1000
/** Strangers can start logins at will; the oldest are forgotten beyond this many. */
const MAX_PENDING = 1_000

export type SsoResult =
  | { ok: true; email: string; returnTo: string }
  | { ok: false; reason: string; log: string; returnTo?: string }

export interface SsoClient {
  /** Where to send the browser, and the key of the pending login (a cookie's value). */
  start: (redirectUri: string, returnTo: string) => Promise<{ url: string; loginId: string }>
  /** Checks the provider's answer at the callback URL; the pending login is used up. */
  finish: (loginId: string | undefined, callbackUrl: URL) => Promise<SsoResult>
}

/**
 * Single sign-on with any OpenID Connect provider, through openid-client: issuer discovery,
 * authorization code flow with PKCE (S256), state and nonce, and the ID token's signature,
 * issuer, audience, expiry and nonce all checked by the library. Pending logins are kept in
 * memory under a random key; the browser holds only that key.
 */
export function createSsoClient(settings: OidcSettings, now: () => number): SsoClient {
  let configuration: Promise<client.Configuration> | undefined
  // Discovered on first use, and again after a failure (the provider may have been down).
  const configure = () =>
    (configuration ??= discover(settings).catch((error: unknown) => {
      configuration = undefined
      throw error
    }))
  const pending = new Map<string, PendingLogin>()

  return {
    start: async (redirectUri, returnTo) => {
      const config = await configure()
      const login: PendingLogin = {
        codeVerifier: client.randomPKCECodeVerifier(),
        state: client.randomState(),
        nonce: client.randomNonce(),
        redirectUri,
        returnTo,
        expiresAt: now() + PENDING_MS,
      }
      const loginId = client.randomState()
      pending.set(loginId, login)
      while (pending.size > MAX_PENDING) pending.delete(pending.keys().next().value!)
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: 'openid email',
        response_type: 'code',
        code_challenge: await client.calculatePKCECodeChallenge(login.codeVerifier),
        code_challenge_method: 'S256',
        state: login.state,
        nonce: login.nonce,
      })
      return { url: url.href, loginId }
    },
    finish: async (loginId, callbackUrl) => {
      const login = loginId === undefined ? undefined : pending.get(loginId)
      if (loginId !== undefined) pending.delete(loginId)
      if (!login || login.expiresAt <= now()) {
        return refused('The sign-in took too long or was started elsewhere.', 'no pending login')
      }
      let claims: Record<string, unknown> | undefined
      try {
        const config = await configure()
        // The callback URL as the provider addressed it: the path and query we received on
        // the redirect URI we registered.
        const current = new URL(callbackUrl.search, login.redirectUri)
        const tokens = await client.authorizationCodeGrant(config, current, {
          pkceCodeVerifier: login.codeVerifier,
          expectedState: login.state,
          expectedNonce: login.nonce,
          idTokenExpected: true,
        })
        const idToken = tokens.claims()
        claims = { ...idToken }
        // Many providers keep the e-mail for the UserInfo endpoint (the spec's default when an
        // access token is issued); its answer must be about the same subject.
        if (idToken && typeof idToken.email !== 'string') {
          claims = await client.fetchUserInfo(config, tokens.access_token, idToken.sub)
        }
      } catch (error) {
        const reason = 'The sign-in provider’s answer could not be verified.'
        return refused(reason, describe(error), login.returnTo)
      }
      const email = typeof claims?.email === 'string' ? claims.email : undefined
      if (!email) {
        return refused(
          'The provider did not tell us your e-mail address.',
          'no email',
          login.returnTo,
        )
      }
      // An unverified address proves nothing about who holds it.
      if (claims?.email_verified === false) {
        const reason = 'Your e-mail address is not verified at the provider.'
        return refused(reason, 'unverified email', login.returnTo)
      }
      if (!isEmailAllowed(email, settings.allowedEmails)) {
        const reason = `${email} is not allowed to use this dashboard.`
        return refused(reason, 'email not allowed', login.returnTo)
      }
      return { ok: true, email: email.toLowerCase(), returnTo: login.returnTo }
    },
  }
}

function discover(settings: OidcSettings): Promise<client.Configuration> {
  const auth =
    settings.clientSecret === undefined
      ? client.None()
      : client.ClientSecretBasic(settings.clientSecret)
  // Plain HTTP only for a provider on this machine (a local Keycloak, the tests' provider).
  const execute = isLoopback(settings.issuer.hostname) ? [client.allowInsecureRequests] : []
  return client.discovery(settings.issuer, settings.clientId, undefined, auth, {
    execute,
    timeout: 10,
  })
}

function refused(reason: string, log: string, returnTo?: string): SsoResult {
  return { ok: false, reason, log, returnTo }
}

/** For the log: the library's error code and message, never a token. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error'
  const code = (error as { code?: unknown }).code
  // openid-client wraps oauth4webapi's error, whose message names the claim that failed.
  const detail = error.cause instanceof Error ? ` (${error.cause.message})` : ''
  return `${typeof code === 'string' ? `${code}: ` : ''}${error.message}${detail}`.slice(0, 300)
}
