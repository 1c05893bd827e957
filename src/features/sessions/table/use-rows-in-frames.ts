import { useEffect, useState } from 'react'
import { afterNextPaint } from '../../../lib/after-next-paint.ts'

/** Rows rendered in one frame: a 20-row page comes whole, a longer one in steps. */
export const ROWS_PER_FRAME = 20

/**
 * How many of a page's rows to render now. The browser styles, lays out and paints new rows in
 * one task; for 50 rows that task alone took 50-150 ms on the bench machine, long enough to
 * make typing stutter. A long page therefore comes in steps of ROWS_PER_FRAME rows, one per
 * painted frame, the top rows (the ones in view) first. The same rows rendered again (a
 * placeholder dimmed while the next page loads, a column shown) come whole at once.
 */
export function useRowsInFrames(rows: readonly unknown[]): number {
  const [shown, setShown] = useState({ rows, count: Math.min(rows.length, ROWS_PER_FRAME) })
  let count = shown.count
  if (shown.rows !== rows) {
    // A new page: start again from its top (state adjusted during render, no extra commit).
    count = Math.min(rows.length, ROWS_PER_FRAME)
    setShown({ rows, count })
  }

  useEffect(() => {
    if (count >= rows.length) return
    return afterNextPaint(() => setShown({ rows, count: count + ROWS_PER_FRAME }))
  }, [rows, count])

  return Math.min(count, rows.length)
}
