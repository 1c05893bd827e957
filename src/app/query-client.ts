import { QueryClient } from '@tanstack/react-query'
import { isApiError } from '../lib/http-error.ts'

const MAX_RETRIES = 2

/**
 * Retries only what may pass by itself (network, 5xx, 429), waiting as long as a 429's
 * Retry-After asks; a 400 or 401 will not fix itself and is shown at once.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) =>
          failureCount < MAX_RETRIES && isApiError(error) && error.isTransient,
        retryDelay: (attempt, error) => {
          if (isApiError(error) && error.retryAfterSeconds !== null) {
            return error.retryAfterSeconds * 1000
          }
          return Math.min(500 * 2 ** attempt, 4000)
        },
      },
    },
  })
}
