import { QueryClient } from '@tanstack/react-query'
import { retryDelayMs } from '../lib/retry-policy.ts'

/**
 * Retries what may pass by itself (network, 5xx, 429) by the one retry policy
 * (lib/retry-policy.ts); a 400 or 401 will not fix itself and is shown at once. TanStack Query
 * counts the failures before this one: the attempt that just failed is one more.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => retryDelayMs(error, failureCount + 1) !== null,
        retryDelay: (failureCount, error) => retryDelayMs(error, failureCount + 1) ?? 0,
      },
    },
  })
}
