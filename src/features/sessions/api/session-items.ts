import { readObject, readString } from '../../../lib/coerce.ts'

/**
 * Reads the `{ data: { count, items } }` lists of one session (recordings, downloads): each
 * item through `read`; items without an id are left out, as nothing could refer to them.
 */
export function readSessionItems<T>(
  body: unknown,
  read: (raw: Record<string, unknown>, id: string) => T,
): T[] {
  const items = readObject(readObject(body)?.data)?.items
  if (!Array.isArray(items)) return []
  return items.flatMap((item) => {
    const raw = readObject(item)
    const id = raw ? readString(raw.id) : null
    return raw && id ? [read(raw, id)] : []
  })
}
