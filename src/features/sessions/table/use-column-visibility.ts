import type { ColumnVisibilityState, Updater } from '@tanstack/react-table'
import { useCallback, useState } from 'react'
import { DEFAULT_COLUMN_VISIBILITY } from './columns.tsx'
import { readColumnVisibility, writeColumnVisibility } from './column-visibility-store.ts'

/** The table's column visibility, remembered in this browser (see column-visibility-store). */
export function useColumnVisibility() {
  const [visibility, setVisibility] = useState(() =>
    readColumnVisibility(DEFAULT_COLUMN_VISIBILITY),
  )
  const update = useCallback((updater: Updater<ColumnVisibilityState>) => {
    setVisibility((current) => {
      const next = typeof updater === 'function' ? updater(current) : updater
      writeColumnVisibility(next)
      return next
    })
  }, [])
  return [visibility, update] as const
}
