import type { KeyboardEvent, PointerEvent } from 'react'
import { intentToOpen } from '../../../lib/lazy-with-preload.tsx'
import { clampWidth, COLUMN_WIDTH_LIMITS } from './use-column-widths.ts'

const KEY_STEP = 16

// Fitting a column measures every cell of it: that code comes as the pointer reaches the
// handle (a double-click always follows), or the handle takes the focus.
const loadFit = () => import('./column-fit.ts')
const fitIntent = intentToOpen(loadFit)

/** The `<col>` of the header cell that holds `handle`, which a fixed table layout sizes by. */
function colOf(handle: HTMLElement): HTMLTableColElement | null {
  const cell = handle.closest('th')
  const table = handle.closest('table')
  if (!cell || !table) return null
  return table.querySelectorAll('col')[cell.cellIndex] ?? null
}

/**
 * The edge of a column's header that resizes it: drag it (mouse, pen or finger), press the
 * arrow keys when it has the focus, or double-click it to fit the content. While dragging, only
 * the column's `<col>` changes (no React render, so no row renders per pointer move); the width
 * is kept, and remembered, when the drag ends.
 */
export function ColumnResizer({
  label,
  width,
  onResize,
}: {
  /** The column's name. */
  label: string
  width: number
  onResize: (width: number) => void
}) {
  const onPointerDown = (event: PointerEvent<HTMLSpanElement>) => {
    if (event.button !== 0) return
    const handle = event.currentTarget
    const col = colOf(handle)
    if (!col) return
    event.preventDefault()
    // Followed on the window: a finger or a fast mouse leaves the thin handle at once.
    const startX = event.clientX
    let next = width
    const move = (moved: globalThis.PointerEvent) => {
      if (moved.pointerId !== event.pointerId) return
      next = clampWidth(width + moved.clientX - startX)
      col.width = String(next)
    }
    const end = (ended: globalThis.PointerEvent) => {
      if (ended.pointerId !== event.pointerId) return
      window.removeEventListener('pointermove', move)
      window.removeEventListener('pointerup', end)
      window.removeEventListener('pointercancel', end)
      if (next !== width) onResize(next)
    }
    window.addEventListener('pointermove', move)
    window.addEventListener('pointerup', end)
    window.addEventListener('pointercancel', end)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLSpanElement>) => {
    const step = event.key === 'ArrowRight' ? KEY_STEP : event.key === 'ArrowLeft' ? -KEY_STEP : 0
    if (!step) return
    event.preventDefault()
    onResize(clampWidth(width + step))
  }

  return (
    <span
      role="separator"
      aria-orientation="vertical"
      aria-label={`Resize column ${label}`}
      aria-valuenow={width}
      aria-valuemin={COLUMN_WIDTH_LIMITS.min}
      aria-valuemax={COLUMN_WIDTH_LIMITS.max}
      tabIndex={0}
      title="Drag to resize, double-click to fit"
      className="resizer"
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
      {...fitIntent}
      onDoubleClick={(event) => {
        const handle = event.currentTarget
        // Without its code (the connection is gone) the width stays; dragging still works.
        loadFit().then(
          ({ contentWidth }) => onResize(clampWidth(contentWidth(handle))),
          () => {},
        )
      }}
      onClick={(event) => event.stopPropagation()}
    />
  )
}
