/**
 * Reaching a recording or a downloaded file upstream. The first request goes to the API with
 * the key; the API then answers with the bytes, with a redirect to a pre-signed URL, or with
 * that URL wrapped in JSON (`{ data: { SignedUrl } }`, the documented form for downloads).
 * Pre-signed URLs are followed here, on the server, and never with the key: it goes to the
 * API's own origin and to no other host, whatever the API or storage answers.
 */
import { API_KEY_HEADER, EMULATOR_FAULT_HEADER } from '../contract/anchor-api.ts'

/** A pre-signed URL may redirect once more (a storage region, a CDN); no more than that. */
const MAX_HOPS = 3
/** The JSON that carries a pre-signed URL is a few hundred bytes; anything far bigger is not it. */
const MAX_SIGNED_JSON_BYTES = 64 * 1024
const REDIRECTS = new Set([301, 302, 303, 307, 308])
/** One range, the only form the relay passes on (what media elements and downloads send). */
const SINGLE_RANGE = /^bytes=\d*-\d*$/

export class MediaFetchError extends Error {}

export interface MediaRequest {
  url: string
  apiKey: string
  range: string | undefined
  /** Test-only fault header for the emulator, sent to the API hop only. */
  fault?: string
  /** Aborts the request (client gone); applied to every hop and to the body. */
  signal: AbortSignal
  /** Upper bound for each hop's status and headers; the body may take as long as it needs. */
  headersTimeoutMs: number
}

/**
 * The final upstream answer: the file's bytes (200 or 206), or the status of whichever hop
 * refused. Throws MediaFetchError for answers that break the rules (a redirect to a non-HTTP
 * URL, to plain HTTP from HTTPS, too many hops, signed JSON without a URL).
 */
export async function fetchMedia(request: MediaRequest): Promise<Response> {
  const range = request.range?.trim()
  const rangeHeader: Record<string, string> = range && SINGLE_RANGE.test(range) ? { range } : {}
  const apiHeaders: Record<string, string> = {
    ...rangeHeader,
    accept: '*/*',
    [API_KEY_HEADER]: request.apiKey,
  }
  if (request.fault) apiHeaders[EMULATOR_FAULT_HEADER] = request.fault

  let url = new URL(request.url)
  let response = await hop(url, apiHeaders, request)
  for (let hops = 1; ; hops++) {
    const next = await signedLocation(response, url)
    if (next === null) return response
    if (hops >= MAX_HOPS) throw new MediaFetchError('Too many redirects for one file')
    if (next.protocol !== 'https:' && !(next.protocol === 'http:' && url.protocol === 'http:')) {
      throw new MediaFetchError(`Refused to follow a redirect to ${next.protocol} URL`)
    }
    if (next.username || next.password) throw new MediaFetchError('Refused a URL with credentials')
    url = next
    // Nothing of the API request travels on but the range: no key, no fault header.
    response = await hop(url, { ...rangeHeader, accept: '*/*' }, request)
  }
}

async function hop(
  url: URL,
  headers: Record<string, string>,
  request: MediaRequest,
): Promise<Response> {
  const headersTimeout = AbortSignal.timeout(request.headersTimeoutMs)
  const controller = new AbortController()
  const abort = () => controller.abort(request.signal.reason)
  request.signal.addEventListener('abort', abort, { once: true })
  const onTimeout = () => controller.abort(headersTimeout.reason)
  headersTimeout.addEventListener('abort', onTimeout, { once: true })
  try {
    // `manual`: a redirect is ours to follow, so that the key is never sent along with it.
    return await fetch(url, { headers, redirect: 'manual', signal: controller.signal })
  } finally {
    headersTimeout.removeEventListener('abort', onTimeout)
  }
}

/** Where the answer points to, if it is a redirect or a pre-signed URL in JSON; else null. */
async function signedLocation(response: Response, base: URL): Promise<URL | null> {
  if (REDIRECTS.has(response.status)) {
    await response.body?.cancel()
    const location = response.headers.get('location')
    if (!location) throw new MediaFetchError('A redirect without a Location')
    return parseUrl(location, base)
  }
  const type = response.headers.get('content-type') ?? ''
  if (response.status !== 200 || !/^application\/json\b/i.test(type)) return null
  const text = await boundedText(response, MAX_SIGNED_JSON_BYTES)
  let signed: unknown
  try {
    signed = (JSON.parse(text) as { data?: { SignedUrl?: unknown } }).data?.SignedUrl
  } catch {
    throw new MediaFetchError('The API sent JSON that could not be read instead of a file')
  }
  if (typeof signed !== 'string') throw new MediaFetchError('The API sent no URL for the file')
  return parseUrl(signed, base)
}

function parseUrl(value: string, base: URL): URL {
  try {
    return new URL(value, base)
  } catch {
    throw new MediaFetchError('The API pointed to a URL that could not be read')
  }
}

async function boundedText(response: Response, limit: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? 0)
  if (declared > limit) throw new MediaFetchError('The API sent too much JSON for a file URL')
  const reader = response.body?.getReader()
  if (!reader) return ''
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      throw new MediaFetchError('The API sent too much JSON for a file URL')
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}
