import { queryOptions } from '@tanstack/react-query'
import { readNumber, readObject, readString } from '../../lib/coerce.ts'
import { getJson } from '../../lib/http.ts'
import { ApiError } from '../../lib/http-error.ts'
import { usageKeys } from './usage-keys.ts'

export interface Billing {
  /** Credits left to spend. */
  balance: number | null
  creditsUsed: number | null
  includedCredits: number | null
  /** "YYYY-MM". */
  period: string | null
  tier: string | null
}

export function readBilling(body: unknown): Billing {
  const data = readObject(readObject(body)?.data)
  if (!data) throw new ApiError('malformed', 'The Anchor API sent billing without data.')
  return {
    balance: readNumber(data.credits),
    creditsUsed: readNumber(data.credits_used),
    includedCredits: readNumber(data.included_credits),
    period: readString(data.billing_period),
    tier: readString(data.tier),
  }
}

export const billingQuery = queryOptions({
  queryKey: usageKeys.billing,
  queryFn: async ({ signal }) => readBilling(await getJson('/api/v1/billing', signal)),
  staleTime: 60_000,
})
