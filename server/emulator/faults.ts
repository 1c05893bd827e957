/**
 * Fault injection for resilience tests: the `x-emulator-fault` header names one or more faults
 * (comma-separated) for that one request, e.g. `latency=800,status=503` or `string-numbers`.
 *   latency=MS          wait MS milliseconds first (combines with any other fault)
 *   status=CODE         answer CODE (400-599) with the provider's error JSON
 *   rate-limit=SECONDS  429 with Retry-After: SECONDS
 *   html                200 with an HTML error page
 *   no-data             200 with `{}`
 *   drop                close the connection without an answer
 *   missing-fields, extra-fields, string-numbers, long-strings, markup
 *                       rewrite a successful body (markup: HTML, script and javascript: text)
 *   truncated           the JSON body cut in half (applied last)
 *   nested-error        errors as `{ error: { error: {...} } }`, the provider's other shape
 *   cut                 a recording or file stops half way: the connection breaks
 *   steps-list, null-fields, absent-fields
 *                       the retrieve endpoint's variants (see variants.ts), for this request
 * Without the header the middleware is a single header lookup, so normal requests and the
 * benchmark pay nothing for it.
 */
import { STATUS_CODES } from 'node:http'
import type { HttpBindings } from '@hono/node-server'
import type { Context, MiddlewareHandler } from 'hono'
import { EMULATOR_FAULT_HEADER } from '../../contract/anchor-api.ts'
import { ApiError, errorResponse } from './errors.ts'
import * as bodies from './fault-bodies.ts'
import { VARIANTS } from './variants.ts'

const VALUE_FAULTS = ['latency', 'status', 'rate-limit'] as const
const FLAG_FAULTS = [
  'html',
  'no-data',
  'drop',
  'missing-fields',
  'extra-fields',
  'string-numbers',
  'long-strings',
  'markup',
  'truncated',
  'nested-error',
  'cut',
  ...VARIANTS,
] as const
type ValueFault = (typeof VALUE_FAULTS)[number]
type FlagFault = (typeof FLAG_FAULTS)[number]

export interface Faults {
  values: Partial<Record<ValueFault, number>>
  flags: Set<FlagFault>
}

const SYNTAX = `a comma list of ${VALUE_FAULTS.map((f) => `${f}=N`).join(', ')}, ${FLAG_FAULTS.join(', ')}`
const VALUE_LIMITS: Record<ValueFault, [number, number]> = {
  latency: [0, 120_000],
  status: [400, 599],
  'rate-limit': [0, 86_400],
}

export function parseFaults(header: string): Faults {
  const faults: Faults = { values: {}, flags: new Set() }
  for (const part of header
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [name = '', value] = part.split('=').map((p) => p.trim())
    const invalid = new ApiError(
      400,
      `Invalid ${EMULATOR_FAULT_HEADER} "${part}": must be ${SYNTAX}`,
    )
    if ((VALUE_FAULTS as readonly string[]).includes(name)) {
      const [min, max] = VALUE_LIMITS[name as ValueFault]
      const number = value !== undefined && /^\d+$/.test(value) ? Number(value) : NaN
      if (!(number >= min && number <= max)) throw invalid
      faults.values[name as ValueFault] = number
    } else if ((FLAG_FAULTS as readonly string[]).includes(name) && value === undefined) {
      faults.flags.add(name as FlagFault)
    } else throw invalid
  }
  return faults
}

type Env = { Bindings: Partial<HttpBindings> }

/** Destroys the client's socket. Needs the Node server: with a bare fetch there is no socket. */
function dropConnection(c: Context<Env>): Response {
  const socket = c.env?.incoming?.socket
  if (!socket) throw new Error('the drop fault needs the Node HTTP server')
  socket.destroy()
  return new Response(null, { status: 500 })
}

const HTML_PAGE = `<!DOCTYPE html>
<html><head><title>502 Bad Gateway</title></head>
<body><center><h1>502 Bad Gateway</h1></center><hr><center>cloud-proxy</center></body></html>
`

function shortCircuit(c: Context<Env>, faults: Faults): Response | undefined {
  const { status, 'rate-limit': retryAfter } = faults.values
  if (faults.flags.has('drop')) return dropConnection(c)
  if (retryAfter !== undefined) {
    return errorResponse(429, 'Rate limit exceeded', { 'Retry-After': String(retryAfter) })
  }
  if (status !== undefined) {
    const message = status === 401 ? 'Invalid API Key' : (STATUS_CODES[status] ?? 'Emulated fault')
    return errorResponse(status, message)
  }
  if (faults.flags.has('html')) return c.html(HTML_PAGE, 200)
  if (faults.flags.has('no-data')) return c.json({}, 200)
  return undefined
}

async function rewrite(response: Response, faults: Faults): Promise<Response> {
  if (!response.headers.get('content-type')?.includes('application/json')) return response
  let body: unknown = await response.json()
  if (response.ok) {
    if (faults.flags.has('missing-fields')) body = bodies.withMissingFields(body)
    if (faults.flags.has('extra-fields')) body = bodies.withExtraFields(body)
    if (faults.flags.has('long-strings')) body = bodies.withLongStrings(body)
    if (faults.flags.has('markup')) body = bodies.withMarkup(body)
    if (faults.flags.has('string-numbers')) body = bodies.withStringNumbers(body)
  } else if (faults.flags.has('nested-error')) body = bodies.nestError(body)
  let text = JSON.stringify(body)
  if (faults.flags.has('truncated')) text = bodies.truncate(text)
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return new Response(text, { status: response.status, headers })
}

export function faultMiddleware(): MiddlewareHandler<Env> {
  return async (c, next) => {
    const header = c.req.header(EMULATOR_FAULT_HEADER)
    if (!header) return next()
    const faults = parseFaults(header)
    const latency = faults.values.latency ?? 0
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency))
    const early = shortCircuit(c, faults)
    if (early) return rewrite(early, faults)
    await next()
    const rewritten = await rewrite(c.res, faults)
    // Hono merges headers when res is replaced; clearing it first replaces it whole.
    c.res = undefined
    c.res = rewritten
  }
}
