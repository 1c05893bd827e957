import {
  columnVisibilityFeature,
  createColumnHelper,
  metaHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  type CellContext,
} from '@tanstack/react-table'
import type { SortField } from '../../../../contract/anchor-api.ts'
import { StatusBadge } from '../../../components/status-badge.tsx'
import type { RenderedClock } from '../../../lib/clock.tsx'
import { formatBytes, formatCount, formatDuration } from '../../../lib/format.ts'
import type { Session } from '../api/session-model.ts'
import type { SessionsSearch } from '../search-params.ts'
import { BooleanCell, CreatedCell, CreditsCell, FilterLink, Missing, TextCell } from './cells.tsx'
import { DrillChipList } from './drill-chip.tsx'
import { apiKeyHref, batchHref, profileHref } from './drill.ts'
import { SessionIdLink } from './session-id-link.tsx'

export interface SessionColumnMeta {
  /** The column's name in headers and the column chooser. */
  label: string
  /** Numbers are right-aligned so their digits line up. */
  align?: 'end'
  /** The figure people scan the table for, set a little heavier. */
  emphasis?: true
  /** The API's sort field, for the few columns the server can sort by. */
  sortField?: SortField
  /** Shown until the person chooses otherwise. */
  defaultVisible: boolean
}

/** What cells read besides their session (see useSessionsTable). */
export interface SessionTableMeta {
  /** The search the rows were fetched for, which their drill links build on. */
  search: SessionsSearch
  clock: RenderedClock
  /** Whether the app's scripts run yet: drill menus are rendered only then (see useHydrated). */
  hydrated: boolean
}

/** Sorting and paging belong to the server (manual modes); the table only models them. */
export const sessionTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnVisibilityFeature,
  tableMeta: metaHelper<SessionTableMeta>(),
  columnMeta: metaHelper<SessionColumnMeta>(),
})
type Features = typeof sessionTableFeatures
type Ctx<T> = CellContext<Features, Session, T>

const helper = createColumnHelper<Features, Session>()
type MetaContext = { table: { options: { meta?: SessionTableMeta } } }
const searchOf = (context: MetaContext) => context.table.options.meta!.search
const clockOf = (context: MetaContext) => context.table.options.meta!.clock
const hydratedOf = (context: MetaContext) => context.table.options.meta!.hydrated

const meta = (label: string, extra: Partial<SessionColumnMeta> = {}): SessionColumnMeta => ({
  label,
  defaultVisible: false,
  ...extra,
})
const shown = (label: string, extra: Partial<SessionColumnMeta> = {}) =>
  meta(label, { defaultVisible: true, ...extra })

const bool = (id: string, label: string, read: (s: Session) => boolean | null) =>
  helper.accessor(read, {
    id,
    header: label,
    meta: meta(label),
    cell: (c: Ctx<boolean | null>) => <BooleanCell value={c.getValue()} />,
  })

/**
 * Every field of a session as a column. Column ids of sortable columns are the API's sort
 * fields, so sorting state and URL map one to one.
 */
export const sessionColumns = helper.columns([
  helper.accessor('createdAt', {
    id: 'created_at',
    enableSorting: true,
    header: 'Created',
    enableHiding: false,
    meta: shown('Created', { sortField: 'created_at' }),
    cell: (c) => <CreatedCell iso={c.getValue()} clock={clockOf(c)} />,
  }),
  helper.accessor('id', {
    id: 'session_id',
    enableSorting: true,
    header: 'Session',
    enableHiding: false,
    meta: shown('Session', { sortField: 'session_id' }),
    cell: (c) => <SessionIdLink id={c.getValue()} />,
  }),
  helper.accessor('status', {
    id: 'status',
    header: 'Status',
    meta: shown('Status'),
    cell: (c) => <StatusBadge status={c.getValue()} />,
  }),
  helper.accessor('tags', {
    id: 'tags',
    header: 'Tags',
    meta: shown('Tags'),
    cell: (c) => {
      const tags = c.getValue()
      if (!tags?.length) return <Missing />
      return <DrillChipList search={searchOf(c)} name="tags" values={tags} menus={hydratedOf(c)} />
    },
  }),
  helper.accessor('domains', {
    id: 'domains',
    header: 'Domains',
    meta: shown('Domains'),
    cell: (c) => {
      const domains = c.getValue()
      if (!domains?.length) return <Missing />
      return (
        <DrillChipList
          search={searchOf(c)}
          name="domains"
          values={domains}
          max={1}
          menus={hydratedOf(c)}
        />
      )
    },
  }),
  helper.accessor('credits', {
    id: 'used_credits',
    enableSorting: true,
    header: 'Credits',
    meta: shown('Credits', { align: 'end', emphasis: true, sortField: 'used_credits' }),
    cell: (c) => <CreditsCell credits={c.getValue()} />,
  }),
  helper.accessor('durationSeconds', {
    id: 'duration',
    header: 'Duration',
    meta: shown('Duration', { align: 'end' }),
    cell: (c) => <TextCell text={formatDuration(c.getValue())} />,
  }),
  helper.accessor('steps', {
    id: 'steps',
    header: 'Steps',
    meta: shown('Steps', { align: 'end' }),
    cell: (c) => <TextCell text={formatCount(c.getValue())} />,
  }),
  helper.accessor('proxyBytes', {
    id: 'proxy_bytes',
    header: 'Proxy data',
    meta: shown('Proxy data', { align: 'end' }),
    cell: (c) => <TextCell text={formatBytes(c.getValue())} />,
  }),
  helper.accessor('apiKeyName', {
    id: 'api_key_name',
    enableSorting: true,
    header: 'API key',
    meta: shown('API key', { sortField: 'api_key_name' }),
    cell: (c) => {
      const name = c.getValue()
      if (name === null) return <Missing />
      return (
        <FilterLink
          to={apiKeyHref(searchOf(c))}
          title={`${name} · The API cannot filter by key: show these sessions grouped by API key`}
        >
          {name}
        </FilterLink>
      )
    },
  }),
  bool('headless', 'Headless', (s) => s.headless),
  bool('recording', 'Recording', (s) => s.recording),
  bool('proxy', 'Proxy on', (s) => s.proxyActive),
  helper.accessor('proxyType', {
    id: 'proxy_type',
    header: 'Proxy type',
    meta: meta('Proxy type'),
    cell: (c) => <TextCell text={c.getValue()} mono />,
  }),
  bool('task_initiated', 'Task initiated', (s) => s.taskInitiated),
  helper.accessor('taskExecutionsCount', {
    id: 'task_executions_count',
    header: 'Task executions',
    meta: meta('Task executions', { align: 'end' }),
    cell: (c) => <TextCell text={formatCount(c.getValue())} />,
  }),
  helper.accessor('browserIp', {
    id: 'browser_ip',
    header: 'Browser IP',
    meta: meta('Browser IP'),
    cell: (c) => <TextCell text={c.getValue()} mono />,
  }),
  helper.accessor('batchId', {
    id: 'batch_id',
    header: 'Batch',
    meta: meta('Batch'),
    cell: (c) => {
      const batch = c.getValue()
      if (batch === null) return <Missing />
      return (
        <FilterLink to={batchHref(searchOf(c), batch)} title={`Sessions of batch ${batch}`} mono>
          {batch}
        </FilterLink>
      )
    },
  }),
  helper.accessor('profileName', {
    id: 'profile_name',
    header: 'Profile',
    meta: meta('Profile'),
    cell: (c) => {
      const profile = c.getValue()
      if (profile === null) return <Missing />
      return (
        <FilterLink to={profileHref(searchOf(c), profile)} title={`Sessions of profile ${profile}`}>
          {profile}
        </FilterLink>
      )
    },
  }),
  bool('playground', 'Playground', (s) => s.playground),
  bool('extra_stealth', 'Extra stealth', (s) => s.extraStealth),
  helper.accessor((s) => (s.userConfiguration ? JSON.stringify(s.userConfiguration) : null), {
    id: 'user_configuration',
    header: 'Configuration',
    meta: meta('Configuration'),
    cell: (c) => {
      const json = c.getValue()
      if (json === null) return <Missing />
      return (
        <span
          title={json}
          className="block max-w-64 truncate font-mono text-xs text-slate-600 dark:text-slate-400"
        >
          {json}
        </span>
      )
    },
  }),
])

/** The columns shown before the person has chosen: everything `defaultVisible` says. */
export const DEFAULT_COLUMN_VISIBILITY: Record<string, boolean> = Object.fromEntries(
  sessionColumns.map((column) => [column.id!, column.meta!.defaultVisible]),
)
