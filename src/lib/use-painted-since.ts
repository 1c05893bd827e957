import { useEffect, useState } from 'react'
import { afterNextPaint } from './after-next-paint.ts'

/**
 * False until `frames` frames have been painted since `key` last changed: for work that should
 * wait until what `key` shows is on screen, when showing it takes that many frames.
 */
export function usePaintedSince(key: string, frames = 1): boolean {
  const [paintedKey, setPaintedKey] = useState<string | null>(null)
  useEffect(() => {
    let cancel = () => {}
    const afterPaints = (left: number) => {
      cancel = afterNextPaint(() => (left > 1 ? afterPaints(left - 1) : setPaintedKey(key)))
    }
    afterPaints(frames)
    return () => cancel()
  }, [key, frames])
  return paintedKey === key
}
