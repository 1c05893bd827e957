import {
  columnVisibilityFeature,
  createColumnHelper,
  metaHelper,
  tableFeatures,
} from '@tanstack/react-table'
import type { SortField } from '../../../../contract/anchor-api.ts'
import type { NavigateFunction } from 'react-router'
import type { RenderedClock } from '../../../lib/clock.tsx'
import { formatBytes, formatCount, formatDuration } from '../../../lib/format.ts'
import type { Session } from '../api/session-model.ts'
import type { SessionsSearch } from '../search-params.ts'
import { batchHref, profileHref, type ListFilterName } from '../shared/drill.ts'
import {
  booleanCell,
  createdCell,
  creditsCell,
  drillLink,
  sessionIdCell,
  statusCell,
  textCell,
} from './cells.tsx'
import { drillChipList } from './drill-chip.tsx'

export interface SessionColumnMeta {
  /** The column's name in headers and the column chooser. */
  label: string
  /** Numbers are right-aligned so their digits line up. */
  align?: 'end'
  /** Where the value sits on a phone's card (see index.css); absent: not on the card. */
  card?: 'time' | 'id' | 'status' | 'credits' | 'tags'
  /** The API's sort field, for the few columns the server can sort by. */
  sortField?: SortField
  /** Shown until the person chooses otherwise. */
  defaultVisible: boolean
  /**
   * Width in px, until the person resizes it. The default columns add up to fit the main
   * column at 1440 px (1,078 px); absent for the session id, which takes the room left over
   * (its full id where there is room) and never less than SESSION_ID_MIN_WIDTH.
   */
  width?: number
}

/** What cells read besides their session (see useSessionsTable). */
export interface SessionTableMeta {
  /** The search the rows were fetched for, which their drill links build on. */
  search: SessionsSearch
  clock: RenderedClock
  /** Whether the app's scripts run yet: drill menus are rendered only then (see useHydrated). */
  hydrated: boolean
  /** The router's, read once for the table: rows and chips open pages on clicks of their own. */
  navigate: NavigateFunction
}

/**
 * The table models the columns and which are shown. Sorting and paging are the server's: the
 * URL says them, the header and the pagination bar change the URL (sort-header.tsx,
 * pagination-bar.tsx), so the table has no part in them (TanStack's sorting and paging
 * features would bring their client-side row models, some 1.6 KB of gzip, for nothing).
 */
export const sessionTableFeatures = tableFeatures({
  columnVisibilityFeature,
  tableMeta: metaHelper<SessionTableMeta>(),
  columnMeta: metaHelper<SessionColumnMeta>(),
})
type Features = typeof sessionTableFeatures

/** The part of the table a cell reads: its meta. */
export interface CellTable {
  options: { meta?: SessionTableMeta }
}
/**
 * What a cell function reads: its value and the table's meta, nothing else of TanStack's cell
 * context (SessionRows calls the functions with exactly this).
 */
export interface CellArgs<T> {
  getValue: () => T
  table: CellTable
}

const helper = createColumnHelper<Features, Session>()
const searchOf = (args: CellArgs<unknown>) => args.table.options.meta!.search
const clockOf = (args: CellArgs<unknown>) => args.table.options.meta!.clock
const hydratedOf = (args: CellArgs<unknown>) => args.table.options.meta!.hydrated

const meta = (label: string, extra: Partial<SessionColumnMeta> = {}): SessionColumnMeta => ({
  label,
  defaultVisible: false,
  width: 120,
  ...extra,
})
const shown = (label: string, extra: Partial<SessionColumnMeta> = {}) =>
  meta(label, { defaultVisible: true, ...extra })

const configurationJson = (s: Session): string | null =>
  s.userConfiguration ? JSON.stringify(s.userConfiguration) : null

/** A list column's cell: its values as chips with their drill menu, or nothing. */
const chipsCell = (name: ListFilterName) => (c: CellArgs<string[] | null>) => {
  const values = c.getValue()
  if (!values?.length) return null
  return drillChipList({ search: searchOf(c), name, values, menus: hydratedOf(c) })
}

const bool = (id: string, label: string, read: (s: Session) => boolean | null) =>
  helper.accessor(read, {
    id,
    meta: meta(label, { width: 110 }),
    cell: (c: CellArgs<boolean | null>) => booleanCell(c.getValue()),
  })

/**
 * Every field of a session as a column. Column ids of sortable columns are the API's sort
 * fields (`sortField`), so the URL's `sort_by` names its column.
 */
export const sessionColumns = helper.columns([
  helper.accessor('createdAt', {
    id: 'created_at',
    enableHiding: false,
    meta: shown('Created', { sortField: 'created_at', card: 'time', width: 184 }),
    cell: (c: CellArgs<Session['createdAt']>) => createdCell(c.getValue(), clockOf(c)),
  }),
  helper.accessor('id', {
    id: 'session_id',
    enableHiding: false,
    meta: shown('Session', { sortField: 'session_id', card: 'id', width: undefined }),
    cell: (c: CellArgs<Session['id']>) => sessionIdCell(c.getValue()),
  }),
  helper.accessor('status', {
    id: 'status',
    meta: shown('Status', { card: 'status', width: 100 }),
    cell: (c: CellArgs<Session['status']>) => statusCell(c.getValue()),
  }),
  helper.accessor('tags', {
    id: 'tags',
    meta: shown('Tags', { card: 'tags', width: 130 }),
    cell: chipsCell('tags'),
  }),
  helper.accessor('domains', {
    id: 'domains',
    meta: shown('Domains', { width: 106 }),
    cell: chipsCell('domains'),
  }),
  helper.accessor('credits', {
    id: 'used_credits',
    meta: shown('Credits', { align: 'end', sortField: 'used_credits', card: 'credits', width: 96 }),
    cell: (c: CellArgs<Session['credits']>) => creditsCell(c.getValue()),
  }),
  helper.accessor('durationSeconds', {
    id: 'duration',
    meta: shown('Duration', { align: 'end', width: 84 }),
    cell: (c: CellArgs<Session['durationSeconds']>) => textCell(formatDuration(c.getValue())),
  }),
  helper.accessor('steps', {
    id: 'steps',
    meta: shown('Steps', { align: 'end', width: 56 }),
    cell: (c: CellArgs<Session['steps']>) => textCell(formatCount(c.getValue())),
  }),
  helper.accessor('proxyBytes', {
    id: 'proxy_bytes',
    meta: shown('Proxy data', { align: 'end', width: 96 }),
    cell: (c: CellArgs<Session['proxyBytes']>) => textCell(formatBytes(c.getValue())),
  }),
  helper.accessor('apiKeyName', {
    id: 'api_key_name',
    meta: shown('API key', { sortField: 'api_key_name', width: 92 }),
    // Plain text, not a drill: the API cannot filter by key, and a link here would promise a
    // filter that sorting could not keep (page 1 of "by key" shows other keys). The header sorts
    // by key; the summary's breakdown by API key says what each key spent.
    cell: (c: CellArgs<Session['apiKeyName']>) => {
      const name = c.getValue()
      return name === null ? null : <span title={name}>{name}</span>
    },
  }),
  bool('headless', 'Headless', (s) => s.headless),
  bool('recording', 'Recording', (s) => s.recording),
  bool('proxy', 'Proxy on', (s) => s.proxyActive),
  helper.accessor('proxyType', {
    id: 'proxy_type',
    meta: meta('Proxy type'),
    cell: (c: CellArgs<Session['proxyType']>) => textCell(c.getValue(), true),
  }),
  bool('task_initiated', 'Task initiated', (s) => s.taskInitiated),
  helper.accessor('taskExecutionsCount', {
    id: 'task_executions_count',
    meta: meta('Task executions', { align: 'end', width: 140 }),
    cell: (c: CellArgs<Session['taskExecutionsCount']>) => textCell(formatCount(c.getValue())),
  }),
  helper.accessor('browserIp', {
    id: 'browser_ip',
    meta: meta('Browser IP'),
    cell: (c: CellArgs<Session['browserIp']>) => textCell(c.getValue(), true),
  }),
  helper.accessor('batchId', {
    id: 'batch_id',
    meta: meta('Batch'),
    cell: (c: CellArgs<Session['batchId']>) => {
      const batch = c.getValue()
      if (batch === null) return null
      return drillLink({
        to: batchHref(searchOf(c), batch),
        title: `Sessions of batch ${batch}`,
        children: batch,
        mono: true,
      })
    },
  }),
  helper.accessor('profileName', {
    id: 'profile_name',
    meta: meta('Profile'),
    cell: (c: CellArgs<Session['profileName']>) => {
      const profile = c.getValue()
      if (profile === null) return null
      return drillLink({
        to: profileHref(searchOf(c), profile),
        title: `Sessions of profile ${profile}`,
        children: profile,
      })
    },
  }),
  bool('playground', 'Playground', (s) => s.playground),
  bool('extra_stealth', 'Extra stealth', (s) => s.extraStealth),
  helper.accessor(configurationJson, {
    id: 'user_configuration',
    meta: meta('Configuration', { width: 260 }),
    cell: (c: CellArgs<string | null>) => {
      const json = c.getValue()
      if (json === null) return null
      return (
        <span title={json} className="mono">
          {json}
        </span>
      )
    },
  }),
])

/** The session id column's least width: the room the others leave it, but never below this. */
export const SESSION_ID_MIN_WIDTH = 128

/** The columns shown before the person has chosen: everything `defaultVisible` says. */
export const DEFAULT_COLUMN_VISIBILITY: Record<string, boolean> = Object.fromEntries(
  sessionColumns.map((column) => [column.id!, column.meta!.defaultVisible]),
)
