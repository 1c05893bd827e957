import { buttonClasses } from '../../../components/button.tsx'
import { CheckIcon, ColumnsIcon } from '../../../components/icons.tsx'
import { Menu, menuItemClasses } from '../../../components/menu.tsx'
import { DEFAULT_COLUMN_VISIBILITY } from './columns.tsx'
import { useColumnWidths } from './use-column-widths.ts'
import type { SessionsTable } from './use-sessions-table.ts'

/** Shows or hides columns, and resets them and their widths; remembered in this browser. */
export function ColumnChooser({ table }: { table: SessionsTable }) {
  const { resetWidths } = useColumnWidths()
  const columns = table.getAllLeafColumns().filter((column) => column.getCanHide())
  const hiddenCount = columns.filter((column) => !column.getIsVisible()).length
  return (
    <Menu
      label="Choose columns"
      align="end"
      stayOpenOnCheck
      triggerClassName={buttonClasses('secondary', 'sm')}
      trigger={
        <>
          <ColumnsIcon />
          <span>Columns</span>
          <span className="sr-only">
            , {columns.length - hiddenCount} of {columns.length} shown
          </span>
        </>
      }
    >
      <p
        aria-hidden="true"
        className="px-2.5 pt-1.5 pb-1 text-[11px] font-semibold tracking-wide text-slate-500 uppercase"
      >
        Shown columns
      </p>
      {columns.map((column) => {
        const visible = column.getIsVisible()
        return (
          <button
            key={column.id}
            type="button"
            role="menuitemcheckbox"
            aria-checked={visible}
            tabIndex={-1}
            onClick={() => column.toggleVisibility(!visible)}
            className={menuItemClasses}
          >
            <span
              aria-hidden="true"
              className={`grid size-4 place-items-center rounded border ${
                visible
                  ? 'border-indigo-600 bg-indigo-600 text-white dark:border-indigo-400 dark:bg-indigo-500'
                  : 'border-slate-300 dark:border-slate-600'
              }`}
            >
              {visible && <CheckIcon className="size-3" strokeWidth={3} />}
            </span>
            {column.columnDef.meta!.label}
          </button>
        )
      })}
      <div role="separator" className="my-1 border-t border-slate-200 dark:border-slate-700" />
      <button
        type="button"
        role="menuitem"
        tabIndex={-1}
        onClick={() => {
          table.setColumnVisibility({ ...DEFAULT_COLUMN_VISIBILITY })
          resetWidths()
        }}
        className={menuItemClasses}
      >
        Reset to default columns and widths
      </button>
    </Menu>
  )
}
