import {
  BOOLEAN_FILTERS,
  PAGE_SIZES,
  SORT_FIELDS,
  SORT_ORDERS,
  type BooleanFilter,
  type ListParam,
  type PageSize,
  type SortField,
  type SortOrder,
} from '../../../contract/anchor-api.ts'
import { readRawQuery } from '../../lib/raw-query.ts'

/**
 * Every URL parameter of the sessions list: its type, default, parse and serialize. The URL
 * uses the API's own names and formats, so a link reads like the API call it makes; the same
 * encoder builds the URL, the query key and the request (see `encodeSearch`).
 */
export interface SessionsSearch {
  page: number
  limit: PageSize
  sort_by: SortField
  sort_order: SortOrder
  /** Tag search terms, each a case-insensitive substring of some tag. */
  search: string[]
  status: string | null
  tags: string[]
  domains: string[]
  /** ISO 8601 UTC. */
  created_from: string | null
  created_to: string | null
  batch_id: string | null
  task_initiated: boolean | null
  playground: boolean | null
  proxy: boolean | null
  extra_stealth: boolean | null
  profile_name: string | null
}

export const DEFAULT_SEARCH: SessionsSearch = {
  page: 1,
  limit: 20,
  sort_by: 'created_at',
  // The API's own default is oldest first; people want the newest first.
  sort_order: 'desc',
  search: [],
  status: null,
  tags: [],
  domains: [],
  created_from: null,
  created_to: null,
  batch_id: null,
  task_initiated: null,
  playground: null,
  proxy: null,
  extra_stealth: null,
  profile_name: null,
}

/** A value the URL carried that was dropped, and why, for the notice shown to the person. */
export interface UrlProblem {
  param: string
  message: string
}

export const MAX_PAGE = 1_000_000
const MAX_TEXT_LENGTH = 200
const MAX_LIST_ITEMS = 20

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string }
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value })
const fail = (message: string): Parsed<never> => ({ ok: false, message })

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/

function parseText(raw: string): Parsed<string | null> {
  const value = raw.trim()
  if (value.length > MAX_TEXT_LENGTH) return fail(`is longer than ${MAX_TEXT_LENGTH} characters`)
  return ok(value === '' ? null : value)
}

function parseList(raw: string): Parsed<string[]> {
  const items = [...new Set(raw.split(',').map((item) => item.trim()))].filter(Boolean)
  if (items.length > MAX_LIST_ITEMS) return fail(`has more than ${MAX_LIST_ITEMS} values`)
  if (items.some((item) => item.length > MAX_TEXT_LENGTH)) {
    return fail(`has a value longer than ${MAX_TEXT_LENGTH} characters`)
  }
  return ok(items)
}

function parseBoolean(raw: string): Parsed<boolean | null> {
  if (raw === '') return ok(null)
  if (raw === 'true') return ok(true)
  if (raw === 'false') return ok(false)
  return fail(`"${truncate(raw)}" is not true or false`)
}

function parsePage(raw: string): Parsed<number> {
  if (!/^\d+$/.test(raw)) return fail(`"${truncate(raw)}" is not a whole number of 1 or more`)
  const page = Number(raw)
  if (page < 1) return fail('must be 1 or more')
  if (page > MAX_PAGE) return fail(`must be at most ${MAX_PAGE.toLocaleString('en')}`)
  return ok(page)
}

function parseOneOf<T extends string | number>(allowed: readonly T[]) {
  return (raw: string): Parsed<T> => {
    const match = allowed.find((value) => String(value) === raw)
    return match === undefined
      ? fail(`"${truncate(raw)}" is not one of ${allowed.join(', ')}`)
      : ok(match)
  }
}

/** Normalizes to `toISOString()` form so the same instant always gives the same URL. */
export function parseDateTime(raw: string): Parsed<string | null> {
  if (raw === '') return ok(null)
  const time = ISO_DATE_TIME.test(raw) ? Date.parse(raw) : NaN
  if (Number.isNaN(time)) {
    return fail(`"${truncate(raw)}" is not an ISO 8601 date-time such as 2026-11-01T00:00:00Z`)
  }
  return ok(new Date(time).toISOString())
}

function truncate(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text
}

type Parser = (raw: string) => Parsed<unknown>

const PARSERS: Record<ListParam, Parser> = {
  page: parsePage,
  limit: parseOneOf(PAGE_SIZES),
  sort_by: parseOneOf(SORT_FIELDS),
  sort_order: parseOneOf(SORT_ORDERS),
  search: parseList,
  status: parseText,
  tags: parseList,
  domains: parseList,
  created_from: parseDateTime,
  created_to: parseDateTime,
  batch_id: parseText,
  task_initiated: parseBoolean,
  playground: parseBoolean,
  proxy: parseBoolean,
  extra_stealth: parseBoolean,
  profile_name: parseText,
}

const isKnownParam = (name: string): name is ListParam => Object.hasOwn(PARSERS, name)

/**
 * Reads a URL query string into a normalized search. Nothing in it is trusted: invalid, repeated,
 * unknown or undecodable values are dropped and reported, never passed on to the API.
 */
export function parseSearch(queryString: string): {
  search: SessionsSearch
  problems: UrlProblem[]
} {
  const search: SessionsSearch = { ...DEFAULT_SEARCH }
  const problems: UrlProblem[] = []
  const seen = new Set<string>()
  const { entries, undecodable } = readRawQuery(queryString)

  for (const name of undecodable) {
    problems.push({ param: name, message: 'could not be decoded (broken percent-encoding)' })
  }
  for (const [name, raw] of entries) {
    if (!isKnownParam(name)) {
      problems.push({ param: name, message: 'is not a filter of this page' })
      continue
    }
    if (seen.has(name)) {
      problems.push({ param: name, message: 'was given more than once; the first value is kept' })
      continue
    }
    seen.add(name)
    const parsed = PARSERS[name](raw)
    if (parsed.ok) Object.assign(search, { [name]: parsed.value })
    else problems.push({ param: name, message: parsed.message })
  }

  if (search.created_from && search.created_to && search.created_from > search.created_to) {
    problems.push({
      param: 'created_to',
      message: 'is before created_from; the end of the range is ignored',
    })
    search.created_to = null
  }
  return { search, problems }
}

function encodeValue(value: SessionsSearch[ListParam]): string | null {
  if (value === null) return null
  if (Array.isArray(value)) return value.length ? value.join(',') : null
  return String(value)
}

/** Parameters the request always states, since the API's own defaults differ from ours. */
const ALWAYS_SENT: readonly ListParam[] = ['page', 'limit', 'sort_by', 'sort_order']

/**
 * The one serializer. `for: 'url'` leaves out values equal to the defaults so links stay short;
 * `for: 'api'` always states page, limit and sort. Parameters come in the contract's order, so
 * equal searches always give equal strings (and equal query keys).
 */
export function encodeSearch(search: SessionsSearch, target: 'url' | 'api'): URLSearchParams {
  const params = new URLSearchParams()
  for (const name of Object.keys(PARSERS) as ListParam[]) {
    const encoded = encodeValue(search[name])
    if (encoded === null) continue
    const isDefault = encoded === encodeValue(DEFAULT_SEARCH[name])
    if (isDefault && !(target === 'api' && ALWAYS_SENT.includes(name))) continue
    params.set(name, encoded)
  }
  return params
}

/** Query string for the address bar, with a leading `?`, or '' when everything is default. */
export function searchToUrl(search: SessionsSearch): string {
  const query = encodeSearch(search, 'url').toString()
  return query ? `?${query}` : ''
}

/** The parameters that filter (everything but paging and sorting), for chips and summaries. */
export const FILTER_PARAMS = [
  'search',
  'status',
  'tags',
  'domains',
  'created_from',
  'created_to',
  'batch_id',
  'task_initiated',
  'playground',
  'proxy',
  'extra_stealth',
  'profile_name',
] as const satisfies readonly ListParam[]
export type FilterParam = (typeof FILTER_PARAMS)[number]

export const isBooleanFilter = (name: string): name is BooleanFilter =>
  (BOOLEAN_FILTERS as readonly string[]).includes(name)

export function hasActiveFilters(search: SessionsSearch): boolean {
  return FILTER_PARAMS.some((name) => encodeValue(search[name]) !== null)
}

/** The filters alone, with paging and sorting at their defaults: what a summary is "of". */
export function filtersOnly(search: SessionsSearch): SessionsSearch {
  return {
    ...search,
    page: DEFAULT_SEARCH.page,
    sort_by: DEFAULT_SEARCH.sort_by,
    sort_order: DEFAULT_SEARCH.sort_order,
  }
}

/**
 * Applies a change to the search. The one rule of paging: any change other than the page itself
 * goes back to page 1, so a person never lands on page 7 of a different result.
 */
export function applySearchChange(
  current: SessionsSearch,
  change: Partial<SessionsSearch>,
): SessionsSearch {
  const next = { ...current, ...change }
  const changesMoreThanPage = (Object.keys(change) as ListParam[]).some(
    (name) => name !== 'page' && encodeValue(change[name] ?? null) !== encodeValue(current[name]),
  )
  if (changesMoreThanPage && change.page === undefined) next.page = 1
  return next
}
