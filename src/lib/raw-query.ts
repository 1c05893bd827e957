/**
 * Splits a query string into decoded name/value pairs, keeping the names whose encoding is
 * broken apart. URLSearchParams would silently turn a broken `%E0%A4` into replacement
 * characters, and we would rather tell the person than search for garbage.
 */
export function readRawQuery(queryString: string): {
  entries: Array<[name: string, value: string]>
  undecodable: string[]
} {
  const entries: Array<[string, string]> = []
  const undecodable: string[] = []
  const query = queryString.startsWith('?') ? queryString.slice(1) : queryString
  for (const part of query.split('&')) {
    if (part === '') continue
    const separator = part.indexOf('=')
    const rawName = separator === -1 ? part : part.slice(0, separator)
    const rawValue = separator === -1 ? '' : part.slice(separator + 1)
    const name = decode(rawName)
    const value = decode(rawValue)
    if (name === null || value === null) undecodable.push(name ?? rawName)
    else entries.push([name, value])
  }
  return { entries, undecodable }
}

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '))
  } catch {
    return null
  }
}
