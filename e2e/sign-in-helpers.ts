/**
 * For the sign-in tests: a real OpenID Connect provider (oidc-provider) on loopback, and the
 * production server (server/production.ts) started in this process with sign-in configured and
 * a clock the tests can move (idle sessions, lock-outs). Both take ephemeral ports.
 */
import { E2E_EMULATOR_ENV } from './emulator-env.ts'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import { decodeJwt, exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose'
import Provider from 'oidc-provider'
import type { AuthSettings } from '../server/auth/config.ts'
import { hashPassword } from '../server/auth/password.ts'
import { startProductionServer, type ProductionServer } from '../server/production.ts'

export const CLIENT_ID = 'anchor-dashboard'
export const CLIENT_SECRET = 'a-client-secret-for-the-tests-only'
const SIGNING_KEY_ID = 'test-key'

export interface TestProvider {
  issuer: string
  /** Lets the dashboard (its callback URL) use this provider. */
  register: (redirectUri: string) => void
  /**
   * Rewrites the next ID tokens' claims and signs them again with the provider's own key: a
   * token that verifies, but was meant for someone else, from someone else, or another login.
   */
  tamper: ((claims: Record<string, unknown>) => Record<string, unknown>) | undefined
  close: () => Promise<void>
}

/** Any login name is accepted (oidc-provider's development pages); it becomes the e-mail. */
export async function startTestProvider(): Promise<TestProvider> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const { privateKey } = await generateKeyPair('RS256', { extractable: true })
  const jwk: JWK = {
    ...(await exportJWK(privateKey)),
    kid: SIGNING_KEY_ID,
    alg: 'RS256',
    use: 'sig',
  }
  const signingKey = await importJWK(jwk, 'RS256')

  const testProvider: TestProvider = {
    issuer,
    tamper: undefined,
    register: (redirectUri) => {
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: CLIENT_ID,
            client_secret: CLIENT_SECRET,
            redirect_uris: [redirectUri],
            grant_types: ['authorization_code'],
            response_types: ['code'],
            token_endpoint_auth_method: 'client_secret_basic',
          },
        ],
        jwks: { keys: [jwk] },
        claims: { openid: ['sub'], email: ['email', 'email_verified'] },
        findAccount: (_ctx, id) => ({
          accountId: id,
          claims: () => ({ sub: id, email: id, email_verified: true }),
        }),
        cookies: { keys: ['cookie-key-for-the-tests-only'] },
      })
      provider.use(async (ctx, next) => {
        await next()
        const body = ctx.body as { id_token?: string } | undefined
        if (ctx.path !== '/token' || !body?.id_token || !testProvider.tamper) return
        const claims = testProvider.tamper({ ...decodeJwt(body.id_token) })
        body.id_token = await new SignJWT(claims)
          .setProtectedHeader({ alg: 'RS256', kid: SIGNING_KEY_ID })
          .sign(signingKey)
      })
      server.removeAllListeners('request')
      server.on('request', provider.callback())
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
  return testProvider
}

export interface TestDashboard {
  url: string
  /** Moves the server's clock of sessions and lock-outs. */
  advance: (ms: number) => void
  log: string[]
  close: () => Promise<void>
}

const distDir = fileURLToPath(new URL('../dist/client', import.meta.url))

/** The production server on the emulator, with the built app (the config's webServer builds it). */
export async function startDashboard(
  auth: Omit<Extract<AuthSettings, { kind: 'sign-in' }>, 'kind' | 'secret'>,
): Promise<TestDashboard> {
  let offset = 0
  const log: string[] = []
  const server: ProductionServer = await startProductionServer({
    // A small data set: these tests are about who gets in, not what they see.
    env: { ...E2E_EMULATOR_ENV, EMULATOR_SESSIONS: '300' },
    config: { port: 0, host: '127.0.0.1', allowedHosts: [], proxyTimeoutMs: 15_000 },
    auth: { kind: 'sign-in', secret: 'a-session-secret-of-at-least-32-characters', ...auth },
    distDir,
    now: () => Date.now() + offset,
    log: (line) => log.push(line),
  })
  return {
    url: server.url,
    advance: (ms) => (offset += ms),
    log,
    close: server.close,
  }
}

/** A users file holding these accounts (name: password). */
export async function usersFileWith(accounts: Record<string, string>): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'users-')), 'users')
  const lines = await Promise.all(
    Object.entries(accounts).map(
      async ([name, password]) => `${name}:${await hashPassword(password)}`,
    ),
  )
  writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 })
  return file
}

/** The provider's development pages import a web font; this machine has no network. */
export async function offline(page: Page): Promise<void> {
  await page.route(/^https:\/\/fonts\./, (route) => route.abort())
}
