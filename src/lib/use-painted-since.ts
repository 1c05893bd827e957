import { useEffect, useState } from 'react'
import { afterNextPaint } from './after-next-paint.ts'

/**
 * False until a frame has been painted since `key` last changed: for work that should wait
 * until what `key` shows is on screen.
 */
export function usePaintedSince(key: string): boolean {
  const [paintedKey, setPaintedKey] = useState<string | null>(null)
  useEffect(() => afterNextPaint(() => setPaintedKey(key)), [key])
  return paintedKey === key
}
