/** The parameters of `GET /v1/sessions`, parsed and validated per the contract. */
import {
  PAGE_SIZES,
  SORT_FIELDS,
  SORT_ORDERS,
  type PageSize,
  type SortField,
  type SortOrder,
} from '../../contract/anchor-api.ts'
import { readBoolean, readDateTime, readEnum, readInteger, readList, readParam } from './params.ts'

export interface ListQuery {
  page: number
  limit: PageSize
  sortBy: SortField
  sortOrder: SortOrder
  /** Tag search terms: each must be a case-insensitive substring of one of the tags. */
  search: string[]
  status?: string
  /** Exact tags, all required. */
  tags: string[]
  /** Exact domains, all required. */
  domains: string[]
  createdFrom?: number
  createdTo?: number
  batchId?: string
  taskInitiated?: boolean
  playground?: boolean
  proxy?: boolean
  extraStealth?: boolean
  profileName?: string
}

/** Throws an ApiError (400) naming the first invalid parameter. */
export function parseListQuery(params: URLSearchParams): ListQuery {
  return {
    page: readInteger(params, 'page', 1, 1),
    limit: readEnum(params, 'limit', PAGE_SIZES, 10),
    sortBy: readEnum(params, 'sort_by', SORT_FIELDS, 'created_at'),
    sortOrder: readEnum(params, 'sort_order', SORT_ORDERS, 'asc'),
    search: readList(params, 'search'),
    status: readParam(params, 'status'),
    tags: readList(params, 'tags'),
    domains: readList(params, 'domains'),
    createdFrom: readDateTime(params, 'created_from'),
    createdTo: readDateTime(params, 'created_to'),
    batchId: readParam(params, 'batch_id'),
    taskInitiated: readBoolean(params, 'task_initiated'),
    playground: readBoolean(params, 'playground'),
    proxy: readBoolean(params, 'proxy'),
    extraStealth: readBoolean(params, 'extra_stealth'),
    profileName: readParam(params, 'profile_name'),
  }
}
