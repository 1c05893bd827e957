import type { KeyboardEvent, PointerEvent } from 'react'
import { clampWidth, COLUMN_WIDTH_LIMITS } from './use-column-widths.ts'

const KEY_STEP = 16

/** The `<col>` of the header cell that holds `handle`, which a fixed table layout sizes by. */
function colOf(handle: HTMLElement): HTMLTableColElement | null {
  const cell = handle.closest('th')
  const table = handle.closest('table')
  if (!cell || !table) return null
  return table.querySelectorAll('col')[cell.cellIndex] ?? null
}

/** How wide the column's rows are: its widest cell, as if nothing were cut. */
function contentWidth(handle: HTMLElement): number {
  const index = handle.closest('th')!.cellIndex
  const range = document.createRange()
  let widest = 0
  for (const row of handle.closest('table')!.tBodies[0]?.rows ?? []) {
    const cell = row.cells[index]
    if (!cell) continue
    // Each piece at its natural width: text as laid out on its line, an element (a chip that
    // truncates) by its scroll width, with its margins.
    const style = getComputedStyle(cell)
    let width = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight)
    for (const node of cell.childNodes) {
      if (node instanceof HTMLElement) {
        const margins = getComputedStyle(node)
        width += node.scrollWidth + parseFloat(margins.marginLeft) + parseFloat(margins.marginRight)
      } else {
        range.selectNodeContents(node)
        width += range.getBoundingClientRect().width
      }
    }
    widest = Math.max(widest, width)
  }
  return Math.ceil(widest) + 1
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
      onDoubleClick={(event) => onResize(clampWidth(contentWidth(event.currentTarget)))}
      onClick={(event) => event.stopPropagation()}
    />
  )
}
