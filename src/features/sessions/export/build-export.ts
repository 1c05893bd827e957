import { DEFAULT_SEARCH, encodeSearch, filtersOnly, type SessionsSearch } from '../search-params.ts'
import type { WalkResult } from '../api/walk-pages.ts'
import { toCsv } from './csv.ts'
import { EXPORT_COLUMNS, sessionRecord } from './session-columns.ts'
import { inTableOrder } from './table-order.ts'

export type ExportFormat = 'csv' | 'json'

export interface ExportFile {
  filename: string
  type: string
  content: string
}

/**
 * A UTF-8 byte order mark: without it Excel reads the file as the system code page and mangles
 * every non-ASCII tag. Other readers skip it.
 */
const BOM = '\uFEFF'

/** A file name's longest run of filters; the rest is in the JSON's `filters`, or the link. */
const MAX_VIEW_NAME = 120

/**
 * The view a file holds, for its name: each filter as in the link, then the order if not the
 * default, e.g. `status-failed_tags-production_by-used_credits-asc`.
 */
export function viewName(search: SessionsSearch): string {
  const parts = [...encodeSearch(filtersOnly(search), 'url')].map(
    ([name, value]) => `${name}-${value}`,
  )
  const { sort_by, sort_order } = search
  if (sort_by !== DEFAULT_SEARCH.sort_by || sort_order !== DEFAULT_SEARCH.sort_order) {
    parts.push(`by-${sort_by}-${sort_order}`)
  }
  const name = parts
    .join('_')
    .replace(/[^\w.-]+/g, '-')
    .replace(/-{2,}/g, '-')
  return name.slice(0, MAX_VIEW_NAME)
}

/**
 * Every session the walk collected, in the table's order, as a CSV or JSON file named after
 * the view and the day it is as of.
 */
export function buildExport(
  format: ExportFormat,
  walk: WalkResult,
  search: SessionsSearch,
  now: Date = new Date(),
): ExportFile {
  const date = (walk.asOf ? new Date(walk.asOf) : now).toISOString().slice(0, 10)
  const view = viewName(search)
  const filename = `anchor-sessions_${view ? `${view}_` : ''}${date}.${format}`
  const sessions = inTableOrder(walk.sessions, search.sort_by, search.sort_order)
  if (format === 'csv') {
    const rows = sessions.map((session) => EXPORT_COLUMNS.map((column) => column.value(session)))
    return {
      filename,
      type: 'text/csv;charset=utf-8',
      content:
        BOM +
        toCsv(
          EXPORT_COLUMNS.map((column) => column.name),
          rows,
        ),
    }
  }
  const document = {
    exported_at: now.toISOString(),
    filters: Object.fromEntries(encodeSearch(filtersOnly(search), 'url')),
    // The filters as in the link (a relative range stays relative); these, the instants the
    // range meant when the sessions were read.
    created_from: walk.createdFrom,
    created_to: walk.createdTo,
    sort_by: search.sort_by,
    sort_order: search.sort_order,
    total: sessions.length,
    // In JSON the lists stay lists.
    sessions: sessions.map((session) => ({
      ...sessionRecord(session),
      tags: session.tags,
      domains: session.domains,
    })),
  }
  return { filename, type: 'application/json', content: `${JSON.stringify(document, null, 2)}\n` }
}

/** Hands the file to the browser's download through a short-lived Blob URL. */
export function downloadFile(file: ExportFile) {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.type }))
  const anchor = document.createElement('a')
  anchor.href = url
  anchor.download = file.filename
  anchor.style.display = 'none'
  document.body.append(anchor)
  anchor.click()
  anchor.remove()
  // Revoked later, not at once: some browsers start reading the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
