import { useEffect, useState } from 'react'

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

/**
 * False until a frame has been painted since `key` last changed: for work that should wait
 * until what `key` shows is on screen.
 */
export function usePaintedSince(key: string): boolean {
  const [paintedKey, setPaintedKey] = useState<string | null>(null)
  useEffect(() => afterNextPaint(() => setPaintedKey(key)), [key])
  return paintedKey === key
}
