import { ColumnResizer } from './column-resizer.tsx'
import { SessionRows } from './session-rows.tsx'
import { ariaSortOf, HeaderContent, type TableSort } from './sort-header.tsx'
import { SkeletonRows } from './skeleton-rows.tsx'
import { SESSION_ID_MIN_WIDTH } from './columns.tsx'
import { useColumnWidths } from './use-column-widths.ts'
import type { SessionsTable as Table } from './use-sessions-table.ts'

/** The id of the table body, which the page's skip link leads to. */
export const SESSION_ROWS_ID = 'session-rows'

/**
 * The sessions as a semantic table, styled by the `.sessions-table` rules in index.css. A row
 * opens its session by click or by Enter when focused; arrows move between rows. Links and
 * menus inside a row handle their own clicks. Column widths are the `<col>`s' (a fixed table
 * layout reads them there), so no cell carries a width of its own: dragging a column's edge
 * changes its `<col>` alone, and the table renders once when the drag ends.
 */
export function SessionsTable({
  table,
  sort,
  caption,
  loading,
  loadingNext,
  dimmed,
}: {
  table: Table
  sort: TableSort
  caption: string
  /** First load: skeleton rows under real headers. */
  loading: boolean
  /** A newer page is on its way: the rows shown are the previous ones. */
  loadingNext: boolean
  /** The rows shown are the previous ones, and the newer page is taking a while. */
  dimmed: boolean
}) {
  const columns = table.getVisibleLeafColumns()
  const hydrated = table.options.meta!.hydrated
  const { widths, setWidth } = useColumnWidths()
  const widthOf = (id: string, fallback: number | undefined) => widths[id] ?? fallback
  const fixedWidth = columns.reduce(
    (sum, column) => sum + (widthOf(column.id, column.columnDef.meta!.width) ?? 0),
    0,
  )
  return (
    <table
      className="sessions-table"
      // The page's Content-Security-Policy drops style attributes sent in its HTML, so this
      // one is set once the app runs (through the DOM, which the policy allows). Before that
      // the session column takes what the others leave it, which at 1440 px is enough.
      style={hydrated ? { minWidth: fixedWidth + SESSION_ID_MIN_WIDTH } : undefined}
      aria-busy={loading || loadingNext}
    >
      <caption className="sr-only">{caption}</caption>
      <colgroup>
        {columns.map((column) => (
          <col key={column.id} width={widthOf(column.id, column.columnDef.meta!.width)} />
        ))}
      </colgroup>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => (
              <th
                key={header.id}
                scope="col"
                // Named by the column alone, not also by its resize handle inside.
                aria-label={header.column.columnDef.meta!.label}
                aria-sort={ariaSortOf(header, sort)}
                className={header.column.columnDef.meta!.align === 'end' ? 'end' : undefined}
              >
                <HeaderContent header={header} sort={sort} />
                {header.column.columnDef.meta!.width === undefined ? null : (
                  <ColumnResizer
                    label={header.column.columnDef.meta!.label}
                    width={widthOf(header.column.id, header.column.columnDef.meta!.width)!}
                    onResize={(width) => setWidth(header.column.id, width)}
                  />
                )}
              </th>
            ))}
          </tr>
        ))}
      </thead>
      {loading ? (
        <SkeletonRows columns={columns} />
      ) : (
        <tbody id={SESSION_ROWS_ID} data-session-rows className={dimmed ? 'dimmed' : undefined}>
          <SessionRows
            rows={table.getRowModel().rows}
            columns={columns}
            meta={table.options.meta!}
          />
        </tbody>
      )}
    </table>
  )
}
