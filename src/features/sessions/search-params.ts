import { readRawQuery } from '../../lib/raw-query.ts'
import {
  DEFAULT_SEARCH,
  FILTER_NAMES,
  NAME_BY_API,
  SEARCH_PARAM_NAMES,
  SEARCH_PARAMS,
  type FilterName,
  type SearchParamName,
  type SessionsSearch,
} from './search-registry.ts'
import { encodeQueryValue, toUrlDateTime, truncate } from './search-params-values.ts'
import { parseRelativeTime, resolveRelativeTime, type RangeEnd } from '../../lib/relative-time.ts'

export { MAX_PAGE, splitList } from './search-params-values.ts'
export { DEFAULT_SEARCH, FILTER_NAMES, type FilterName, type SessionsSearch }

/**
 * The sessions list's search and the URL: parse, encode, change. What each parameter is lives
 * in search-registry.ts; this module only walks that table. The URL uses the API's own names
 * and formats, so a link reads like the API call it makes; the same encoder builds the URL,
 * the query key and the request (see `encodeSearch`).
 */

/** A value the URL carried that was dropped, and why, for the notice shown to the person. */
export interface UrlProblem {
  param: string
  message: string
}

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
  for (const [apiName, raw] of entries) {
    const name = NAME_BY_API.get(apiName)
    if (name === undefined) {
      problems.add(apiName, 'is not a filter of this page')
      continue
    }
    if (seen.has(name)) {
      problems.add(apiName, 'was given more than once; only the first is read')
      continue
    }
    seen.add(name)
    const parsed = SEARCH_PARAMS[name].parse(raw)
    if (parsed.ok) Object.assign(search, { [name]: parsed.value })
    else problems.add(apiName, parsed.message)
  }

  // Relative ends are compared as they stand now: "now-1d" to "now-2d" is reversed whenever.
  const { created_from: from, created_to: to } = resolveCreatedRange(search, Date.now(), 'UTC')
  if (from && to && Date.parse(from) > Date.parse(to)) {
    problems.add('created_to', 'is before created_from; the end of the range is ignored')
    search.created_to = null
  }
  return { search, problems: problems.list }
}

/**
 * The search with its created range as instants: relative ends (`now-7d`, `now/d`) resolved at
 * `now` in `zone`. What the API is asked and anything that computes with the range use this;
 * links keep the search as it is, so "the last 7 days" stays relative in them.
 */
export function resolveCreatedRange(
  search: SessionsSearch,
  now: number,
  zone: string,
): SessionsSearch {
  const resolve = (bound: string | null, end: RangeEnd) => {
    const relative = bound === null ? null : parseRelativeTime(bound)
    return relative ? toUrlDateTime(resolveRelativeTime(relative, end, now, zone)) : bound
  }
  const created_from = resolve(search.created_from, 'from')
  const created_to = resolve(search.created_to, 'to')
  if (created_from === search.created_from && created_to === search.created_to) return search
  return { ...search, created_from, created_to }
}

/** True when an end of the created range is relative to now (`now-7d`), not an instant. */
export const hasRelativeTimes = (search: SessionsSearch) =>
  [search.created_from, search.created_to].some(
    (bound) => bound !== null && parseRelativeTime(bound) !== null,
  )

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

function encodeValue(value: SessionsSearch[SearchParamName]): string | null {
  if (value === null) return null
  if (Array.isArray(value)) return value.length ? value.join(',') : null
  return String(value)
}

/** Parameters the request always states, since the API's own defaults differ from ours. */
const ALWAYS_SENT: readonly SearchParamName[] = ['page', 'limit', 'sort_by', 'sort_order']

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
 * `for: 'api'` always states page, limit and sort. Parameters come in the registry's order, so
 * equal searches always give equal strings (and equal query keys).
 */
export function encodeSearch(search: SessionsSearch, target: 'url' | 'api'): URLSearchParams {
  const params = new SearchQuery()
  for (const name of SEARCH_PARAM_NAMES) {
    const encoded = encodeValue(search[name])
    if (encoded === null) continue
    const isDefault = encoded === encodeValue(DEFAULT_SEARCH[name])
    if (isDefault && !(target === 'api' && ALWAYS_SENT.includes(name))) continue
    if (target === 'api' && SEARCH_PARAMS[name].role === 'display') continue
    params.set(SEARCH_PARAMS[name].api, encoded)
  }
  return params
}

/** Query string for the address bar, with a leading `?`, or '' when everything is default. */
export function searchToUrl(search: SessionsSearch): string {
  const query = encodeSearch(search, 'url').toString()
  return query ? `?${query}` : ''
}

/** How many filters are set, counting a list as one: the number on the "Filters (N)" button. */
export function activeFilterCount(search: SessionsSearch): number {
  return FILTER_NAMES.filter((name) => encodeValue(search[name]) !== null).length
}

/** The change "Clear all" makes: every filter back to its default, sort and page size kept. */
export const CLEARED_FILTERS: Partial<SessionsSearch> = Object.fromEntries(
  FILTER_NAMES.map((name) => [name, DEFAULT_SEARCH[name]]),
)

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
  // How times are shown is no reason to start again at page 1.
  const changesMoreThanPage = (Object.keys(change) as SearchParamName[]).some(
    (name) =>
      name !== 'page' &&
      SEARCH_PARAMS[name].role !== 'display' &&
      encodeValue(change[name] ?? null) !== encodeValue(current[name]),
  )
  if (changesMoreThanPage && change.page === undefined) next.page = 1
  return next
}
