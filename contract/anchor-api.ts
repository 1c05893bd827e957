/**
 * The wire format of the Anchor Browser session-history API, as written down in
 * shared/reference/anchor-api.md. Both the browser app (src/) and the Node side (server/)
 * read this module; it holds types and constants only, no behaviour.
 */

/** Page sizes the list endpoint accepts; anything else is a 400. */
export const PAGE_SIZES = [10, 20, 50] as const
export type PageSize = (typeof PAGE_SIZES)[number]

/** Fields the list endpoint sorts by; anything else is a 400. */
export const SORT_FIELDS = ['created_at', 'session_id', 'used_credits', 'api_key_name'] as const
export type SortField = (typeof SORT_FIELDS)[number]

export const SORT_ORDERS = ['asc', 'desc'] as const
export type SortOrder = (typeof SORT_ORDERS)[number]

/** One item of `GET /v1/sessions`. Optional fields may be absent; nullable ones may be null. */
export interface SessionHistoryItem {
  id: string
  status: string
  tags?: string[] | null
  headless: boolean
  recording: boolean
  /** A number, a decimal string such as "12.50", or "N/A" while the session still runs. */
  used_credits: number | string
  proxy_bytes?: number | null
  proxy_type?: string | null
  steps?: number | null
  /** Seconds. */
  duration?: number | null
  created_at: string
  user_configuration: Record<string, unknown>
  task_initiated: boolean
  task_executions_count: number
  api_key_name: string
  browser_ip: string | null
  domains?: string[] | null
}

export interface SessionListResponse {
  data: {
    sessions: SessionHistoryItem[]
    total: number
    page: number
    total_pages: number
  }
}

/**
 * What a session id can be, here: letters, digits, `_` and `-`, up to 128 (the provider's ids
 * are `sess_...` and UUIDs). Deliberately narrow: the proxy lets no other path segment through
 * (nothing URL normalization could reinterpret), and the app asks for no other id, saying
 * instead that the address names no session.
 */
export const SESSION_ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/

/** `GET /v1/sessions/{id}`: its own field names, different from the list item's. */
export interface SessionRetrieveResponse {
  data: {
    session_id: string
    team_id: string
    status: string
    created_at: string
    duration?: number | null
    credits_used: number
    proxy_bytes?: number | null
    playground: boolean
    configuration: Record<string, unknown>
    tokens: Record<string, unknown>
    /** An integer by the spec; emulator variants send it as a list of step records, or null. */
    steps?: number | unknown[] | null
    tags: Record<string, unknown>
  }
}

export const HISTORY_GRANULARITIES = ['hour', 'day', 'week', 'month'] as const
export type HistoryGranularity = (typeof HISTORY_GRANULARITIES)[number]

export const HISTORY_METRICS = [
  'session_count',
  'proxy_bytes',
  'ai_steps',
  'session_hours',
  'credits_used',
  'screenshots',
  'network_bytes_total',
] as const
export type HistoryMetric = (typeof HISTORY_METRICS)[number]

/** `GET /v1/sessions/history`: account usage over time, none of the list's filters. */
export interface SessionsHistoryResponse {
  data: Array<{ date: string } & Partial<Record<HistoryMetric, number>>>
  summary: {
    total_sessions: number
    total_credits_used: number
    total_proxy_bytes: number
    total_ai_steps: number
    total_session_hours: number
  }
  pagination: {
    current_page: number
    total_pages: number
    total_records: number
    has_next: boolean
    has_prev: boolean
  }
}

export interface BillingResponse {
  data: {
    credits: number
    credits_used: number
    included_credits: number
    billing_period: string
    tier: string
    max_concurrent_browsers: number
    cost_limit: number | null
  }
}

export interface RecordingsResponse {
  data: {
    count: number
    items: Array<{
      id: string
      is_primary: boolean
      file_link: string
      suggested_file_name: string
      duration: string
      size: number
      created_at: string
    }>
  }
}

/** `GET /v1/sessions/{id}/downloads`: files the session downloaded. `duration` is milliseconds. */
export interface DownloadsResponse {
  data: {
    count: number
    items: Array<{
      id: string
      file_link: string
      original_download_url: string
      origin_url: string
      suggested_file_name: string
      original_file_name: string
      duration: number
      size: number
      created_at: string
    }>
  }
}

/** `GET /v1/sessions/{id}/downloads/{download_id}/fetch`: a pre-signed URL wrapped in `data`. */
export interface DownloadFetchResponse {
  data: { status: string; SignedUrl: string; message: string }
}

/** The provider's error shape. Some endpoints nest it once more: `{ error: { error: {...} } }`. */
export interface ApiErrorBody {
  error: { code: number; message: string }
}

/** The header that carries the provider's API key. Only the server side ever sets it. */
export const API_KEY_HEADER = 'anchor-api-key'

/**
 * Test-only header naming an emulator fault mode (see server/emulator/faults.ts). The proxy
 * forwards it only when its upstream is the local emulator.
 */
export const EMULATOR_FAULT_HEADER = 'x-emulator-fault'
