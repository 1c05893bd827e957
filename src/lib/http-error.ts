/** What went wrong with a call to our `/api` proxy, in words a person can act on. */
export type ApiErrorKind =
  | 'http' // the API answered with an error status
  | 'network' // no answer at all
  | 'malformed' // an answer we could not read
  | 'rate-limited' // 429; `retryAfterSeconds` says when to try again

export class ApiError extends Error {
  readonly kind: ApiErrorKind
  readonly status: number | null
  readonly retryAfterSeconds: number | null

  constructor(
    kind: ApiErrorKind,
    message: string,
    options: { status?: number | null; retryAfterSeconds?: number | null; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause })
    this.name = 'ApiError'
    this.kind = kind
    this.status = options.status ?? null
    this.retryAfterSeconds = options.retryAfterSeconds ?? null
  }

  /** Worth trying again by itself: the network, a busy or failing upstream, a rate limit. */
  get isTransient(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'rate-limited' ||
      (this.status !== null && [500, 502, 503, 504].includes(this.status))
    )
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError
