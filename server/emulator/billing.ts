/**
 * `GET /v1/billing`: the plan, and the credits used in the current billing month (the UTC
 * calendar month of the emulator clock), summed from the same sessions the list serves.
 * Running sessions add nothing until they end. `credits` is the balance left of the included
 * credits, never below 0; there is no cost limit (null).
 */
import type { BillingResponse } from '../../contract/anchor-api.ts'
import { firstAfter, firstAtOrAfter, type EmulatorStore } from './store.ts'

const INCLUDED_CREDITS = 25_000

export function billing(store: EmulatorStore): BillingResponse {
  const { createdAt, creditCents, nowMs } = store.columns
  const now = new Date(nowMs)
  const monthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)
  let cents = 0
  const end = firstAfter(createdAt, nowMs)
  for (let i = firstAtOrAfter(createdAt, monthStart); i < end; i++) cents += creditCents[i] ?? 0
  return {
    data: {
      credits: Math.max(0, INCLUDED_CREDITS * 100 - cents) / 100,
      credits_used: cents / 100,
      included_credits: INCLUDED_CREDITS,
      billing_period: now.toISOString().slice(0, 7),
      tier: 'growth',
      max_concurrent_browsers: 50,
      cost_limit: null,
    },
  }
}
