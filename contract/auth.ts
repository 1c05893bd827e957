/**
 * The agreement between server/ and src/ about sign-in: who is signed in, and where the
 * sign-in pages live. Types and constants only.
 */

/** How a person proved who they are. */
export type SignInMethod = 'password' | 'sso'

export interface SignedInUser {
  /** The account name (password) or the e-mail address (single sign-on). */
  name: string
  method: SignInMethod
}

/** `GET /api/me`: the person signed in, or null when the server runs without sign-in. */
export interface MeResponse {
  user: SignedInUser | null
}

export const ME_PATH = '/api/me'
/** Everything under this prefix is the sign-in flow, served to people not yet signed in. */
export const AUTH_PREFIX = '/auth/'
export const SIGN_IN_PATH = '/auth/sign-in'
/** A form POST here ends the session. */
export const SIGN_OUT_PATH = '/auth/sign-out'
