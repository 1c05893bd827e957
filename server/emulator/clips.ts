/**
 * The MP4 files the emulator serves as recordings (see media/README.md), loaded once. A
 * recording's listed size and duration are the file's own, read from the file itself.
 */
import { readFileSync } from 'node:fs'

export interface Clip {
  name: string
  bytes: Uint8Array<ArrayBuffer>
  seconds: number
}

const FILES = ['test-pattern.mp4', 'moving-pattern.mp4', 'colour-bars.mp4'] as const

/**
 * The movie header box (ISO/IEC 14496-12 8.2.2) holds the timescale and the duration in its
 * units; version 1 widens the times to 64 bits.
 */
export function mp4Seconds(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const at = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf('mvhd')
  if (at < 0) throw new Error('not an MP4 file: no mvhd box')
  const version = view.getUint8(at + 4)
  const timescale = view.getUint32(at + (version === 1 ? 24 : 16))
  const duration = version === 1 ? Number(view.getBigUint64(at + 28)) : view.getUint32(at + 20)
  return duration / timescale
}

function load(name: string): Clip {
  const bytes = new Uint8Array(readFileSync(new URL(`./media/${name}`, import.meta.url)))
  return { name, bytes, seconds: mp4Seconds(bytes) }
}

export const CLIPS: readonly Clip[] = FILES.map(load)
