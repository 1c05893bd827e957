/**
 * Runs `task` once the next frame has been painted (a timer set in a frame callback fires after
 * that frame's paint); returns a cancel, to return from an effect.
 */
export function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0)
  })
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}
