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
import {
  encodeQueryValue,
  parseBoolean,
  parseDateTime,
  parseList,
  parseOneOf,
  parsePage,
  parseText,
  truncate,
  type Parsed,
} from './search-params-values.ts'

export { MAX_PAGE, parseDateTime, splitList } from './search-params-values.ts'

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
  const problems = new ProblemList()
  const seen = new Set<string>()
  const { entries, undecodable } = readRawQuery(queryString)

  for (const name of undecodable) {
    problems.add(name, 'could not be decoded (broken percent-encoding)')
  }
  for (const [name, raw] of entries) {
    if (!isKnownParam(name)) {
      problems.add(name, 'is not a filter of this page')
      continue
    }
    if (seen.has(name)) {
      problems.add(name, 'was given more than once; only the first is read')
      continue
    }
    seen.add(name)
    const parsed = PARSERS[name](raw)
    if (parsed.ok) Object.assign(search, { [name]: parsed.value })
    else problems.add(name, parsed.message)
  }

  const { created_from: from, created_to: to } = search
  if (from && to && Date.parse(from) > Date.parse(to)) {
    problems.add('created_to', 'is before created_from; the end of the range is ignored')
    search.created_to = null
  }
  return { search, problems: problems.list }
}

/** Problems in reading order, each (param, message) pair once, with junk names cut short. */
class ProblemList {
  readonly list: UrlProblem[] = []
  private readonly keys = new Set<string>()

  add(param: string, message: string) {
    const problem = { param: truncate(param), message }
    const key = `${problem.param}\n${message}`
    if (this.keys.has(key)) return
    this.keys.add(key)
    this.list.push(problem)
  }
}

function encodeValue(value: SessionsSearch[ListParam]): string | null {
  if (value === null) return null
  if (Array.isArray(value)) return value.length ? value.join(',') : null
  return String(value)
}

/** Parameters the request always states, since the API's own defaults differ from ours. */
const ALWAYS_SENT: readonly ListParam[] = ['page', 'limit', 'sort_by', 'sort_order']

/**
 * Search parameters whose string form keeps `,` and `:` readable (see `encodeQueryValue`).
 * `toString()` is the one place a search becomes text, for the address bar, the query key and
 * the request alike.
 */
class SearchQuery extends URLSearchParams {
  override toString(): string {
    return [...this.entries()]
      .map(([name, value]) => `${encodeQueryValue(name)}=${encodeQueryValue(value)}`)
      .join('&')
  }
}

/**
 * The one serializer. `for: 'url'` leaves out values equal to the defaults so links stay short;
 * `for: 'api'` always states page, limit and sort. Parameters come in the contract's order, so
 * equal searches always give equal strings (and equal query keys).
 */
export function encodeSearch(search: SessionsSearch, target: 'url' | 'api'): URLSearchParams {
  const params = new SearchQuery()
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

const filtersKeys = new WeakMap<SessionsSearch, string>()

/**
 * The filters of a search as a string (its URL with paging and sorting left out): equal for
 * searches that differ only in page or order. Kept per search object, since every part of the
 * page that ignores paging compares it on each navigation.
 */
export function filtersKey(search: SessionsSearch): string {
  let key = filtersKeys.get(search)
  if (key === undefined) {
    key = searchToUrl(filtersOnly(search))
    filtersKeys.set(search, key)
  }
  return key
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
