import {
  PAGE_SIZES,
  SORT_FIELDS,
  SORT_ORDERS,
  type PageSize,
  type SortField,
  type SortOrder,
} from '../../../contract/anchor-api.ts'
import {
  parseBoolean,
  parseList,
  parseOneOf,
  parsePage,
  parseText,
  parseTimeBound,
  parseTimeZone,
  type Parsed,
} from './search-params-values.ts'
import type { SuggestionSource } from './filters/use-seen-values.ts'

/**
 * Every parameter of the sessions list, declared once, in the order links and requests state
 * them and the filter panel shows them. The search type, its defaults, URL parsing and
 * encoding, the chips, "clear all" and the panel are all derived from this table: a new
 * parameter of the API is one entry here plus, if it needs a new kind of control, that control.
 */

/** How a filter is edited in the panel. */
export type FilterControl =
  | { kind: 'text'; title: string; placeholder?: string; hint?: string; suggest?: SuggestionSource }
  /** Exact values of an open set that is small in practice: the values seen are offered as buttons. */
  | {
      kind: 'choice'
      title: string
      placeholder: string
      suggest: SuggestionSource
      valueName: string
    }
  /** Comma-separated terms typed as one text. */
  | { kind: 'terms'; title: string; placeholder?: string; hint?: string }
  /** Values added one by one as chips. */
  | {
      kind: 'chips'
      title: string
      itemName: string
      placeholder: string
      suggest: SuggestionSource
    }
  | { kind: 'boolean'; title: string }
  /** The two ends of one range, edited together by the control of its `from` end. */
  | { kind: 'created-range'; end: 'from' | 'to' }

interface ParamSpec<T> {
  /** The API's name for it, which is also the URL's: a link reads like the API call it makes. */
  api: string
  parse: (raw: string) => Parsed<T>
  default: T
}

/** Paging and sorting: how the result is shown, not what it holds. */
interface ViewParamSpec<T> extends ParamSpec<T> {
  role: 'view'
}

/** How times are shown; the API never hears of it. */
interface DisplayParamSpec<T> extends ParamSpec<T> {
  role: 'display'
}

/** A filter: what the result holds. Shown on chips and in the panel. */
interface FilterParamSpec<T> extends ParamSpec<T> {
  role: 'filter'
  /** Its name on a chip ("Tag: production") and wherever the active filters are listed. */
  label: string
  control: FilterControl
}

const view = <T>(api: string, parse: ParamSpec<T>['parse'], fallback: T): ViewParamSpec<T> => ({
  role: 'view',
  api,
  parse,
  default: fallback,
})

const display = <T>(
  api: string,
  parse: ParamSpec<T>['parse'],
  fallback: T,
): DisplayParamSpec<T> => ({ role: 'display', api, parse, default: fallback })

const text = (api: string, label: string, control: FilterControl) =>
  filter<string | null>(api, label, parseText, null, control)
const list = (api: string, label: string, control: FilterControl) =>
  filter<string[]>(api, label, parseList, [], control)
const yesNo = (api: string, label: string, title: string) =>
  filter<boolean | null>(api, label, parseBoolean, null, { kind: 'boolean', title })
const createdBound = (api: string, label: string, end: 'from' | 'to') =>
  filter<string | null>(api, label, parseTimeBound, null, { kind: 'created-range', end })

function filter<T>(
  api: string,
  label: string,
  parse: ParamSpec<T>['parse'],
  fallback: T,
  control: FilterControl,
): FilterParamSpec<T> {
  return { role: 'filter', api, label, parse, default: fallback, control }
}

export const SEARCH_PARAMS = {
  page: view<number>('page', parsePage, 1),
  limit: view<PageSize>('limit', parseOneOf(PAGE_SIZES), 20),
  sort_by: view<SortField>('sort_by', parseOneOf(SORT_FIELDS), 'created_at'),
  // The API's own default is oldest first; people want the newest first.
  sort_order: view<SortOrder>('sort_order', parseOneOf(SORT_ORDERS), 'desc'),
  status: text('status', 'Status', {
    kind: 'choice',
    title: 'Status',
    placeholder: 'Any status',
    suggest: 'statuses',
    valueName: 'status',
  }),
  // The API calls it `search`; in the app that name would be taken for any search.
  tag_search: list('search', 'Tag search', {
    kind: 'terms',
    title: 'Tag search',
    placeholder: 'e.g. prod, checkout',
    hint: 'Comma-separated; each term must be part of some tag.',
  }),
  tags: list('tags', 'Tag', {
    kind: 'chips',
    title: 'Tags (all must match)',
    itemName: 'tag',
    placeholder: 'Add a tag…',
    suggest: 'tags',
  }),
  domains: list('domains', 'Domain', {
    kind: 'chips',
    title: 'Domains (all must match)',
    itemName: 'domain',
    placeholder: 'Add a domain…',
    suggest: 'domains',
  }),
  created_from: createdBound('created_from', 'Created from', 'from'),
  created_to: createdBound('created_to', 'Created to', 'to'),
  batch_id: text('batch_id', 'Batch ID', {
    kind: 'text',
    title: 'Batch ID',
    placeholder: 'Exact batch ID',
    suggest: 'batchIds',
  }),
  profile_name: text('profile_name', 'Profile', {
    kind: 'text',
    title: 'Profile name',
    hint: 'Part of the name, any case.',
    suggest: 'profileNames',
  }),
  task_initiated: yesNo('task_initiated', 'Task initiated', 'Started by a task'),
  playground: yesNo('playground', 'Playground', 'Playground session'),
  proxy: yesNo('proxy', 'Proxy', 'Proxy active'),
  extra_stealth: yesNo('extra_stealth', 'Extra stealth', 'Extra stealth'),
  // The zone the sender of a link saw it in, when they chose to share it (see TimeZoneOverride).
  tz: display<string | null>('tz', parseTimeZone, null),
}

type Registry = typeof SEARCH_PARAMS

/** The app's name of a parameter (its key in the search), e.g. `tag_search`. */
export type SearchParamName = keyof Registry

/** The search of the sessions list, normalized: one typed value per parameter. */
export type SessionsSearch = { -readonly [K in SearchParamName]: Registry[K]['default'] }

export type FilterName = {
  [K in SearchParamName]: Registry[K]['role'] extends 'filter' ? K : never
}[SearchParamName]

export type FilterSpec = FilterParamSpec<SessionsSearch[FilterName]>

/** Every parameter's name, in the registry's order. */
export const SEARCH_PARAM_NAMES = Object.keys(SEARCH_PARAMS) as SearchParamName[]

/** The filters, in the panel's order. */
export const FILTER_NAMES = SEARCH_PARAM_NAMES.filter(
  (name): name is FilterName => SEARCH_PARAMS[name].role === 'filter',
)

export function filterSpec(name: FilterName): FilterSpec {
  return SEARCH_PARAMS[name] as FilterSpec
}

export const DEFAULT_SEARCH = Object.fromEntries(
  SEARCH_PARAM_NAMES.map((name) => [name, SEARCH_PARAMS[name].default]),
) as SessionsSearch

/** The app's name for each name the URL and the API use (`search` -> `tag_search`). */
export const NAME_BY_API = new Map<string, SearchParamName>(
  SEARCH_PARAM_NAMES.map((name) => [SEARCH_PARAMS[name].api, name]),
)
