/**
 * How wide the rows of the column whose header holds `handle` are: its widest cell, as if
 * nothing were cut (a double-click on the handle fits the column to it: column-resizer.tsx).
 */
export function contentWidth(handle: HTMLElement): number {
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
