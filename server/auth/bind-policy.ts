import type { AuthSettings } from './config.ts'

/**
 * Safe by default: without sign-in the dashboard (and the account behind its key) is only
 * reachable from this machine. Returns the line to print at start, or throws when the bind
 * address would expose the account to the network without sign-in.
 */
export function checkBind(
  host: string,
  auth: AuthSettings,
  server: 'serve' | 'vite' = 'serve',
): string {
  if (auth.kind === 'sign-in') {
    const ways = [auth.oidc && 'single sign-on', auth.usersFile && 'password accounts']
    return `Sign-in required (${ways.filter(Boolean).join(' and ')}).`
  }
  if (auth.kind === 'disabled') {
    return (
      'WARNING: sign-in is turned off (AUTH_DISABLED=true): anyone who can reach ' +
      `${host} reads the whole account's session history.`
    )
  }
  if (!isLoopback(host)) {
    throw new Error(
      `Refusing to listen on ${host} without sign-in: anyone on the network would read the ` +
        `account. ${server === 'serve' ? 'Configure AUTH_USERS_FILE or OIDC_ISSUER' : 'The dev server has no sign-in: use `npm run serve` with AUTH_USERS_FILE or OIDC_ISSUER'} ` +
        '(README, "A server for a team"), bind to 127.0.0.1, or set AUTH_DISABLED=true if ' +
        'something in front already guards it.',
    )
  }
  return `No sign-in configured: listening on loopback (${host}) only.`
}

export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase()
  return (
    bare === 'localhost' ||
    bare === '::1' ||
    /^127(?:\.\d{1,3}){3}$/.test(bare.replace(/^::ffff:/, ''))
  )
}
