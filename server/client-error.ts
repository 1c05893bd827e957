/**
 * Requests Node's HTTP parser refuses before any app code sees them: request lines and headers
 * past its 16 KB limit (a 20 KB URL pasted into the address bar), garbage, header timeouts.
 * Node's own answer is a bare status line ("431") and an empty page; a person gets the
 * refusal page instead, saying what happened and leading back. Shared by the production
 * server and the Vite dev server.
 */
import type { EventEmitter } from 'node:events'
import type { Duplex } from 'node:stream'
import { BAD_REQUEST, REFUSAL_HEADERS, refusalPage, URL_TOO_LONG } from './refusal-page.ts'

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  413: 'Payload Too Large',
  431: 'Request Header Fields Too Large',
}

function statusOf(code: string | undefined): number {
  if (code === 'HPE_HEADER_OVERFLOW') return 431
  if (code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW') return 413
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408
  return 400
}

/** The raw HTTP answer to a request the parser refused, with `code` from Node's error. */
export function clientErrorResponse(code: string | undefined): string {
  const status = statusOf(code)
  // A slow client's connection is cut, not answered with a page nobody is waiting for.
  const body = status === 408 ? '' : refusalPage(status === 431 ? URL_TOO_LONG : BAD_REQUEST)
  const headers = {
    ...REFUSAL_HEADERS,
    'Content-Length': String(Buffer.byteLength(body)),
    Connection: 'close',
  }
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`)
  return `HTTP/1.1 ${status} ${REASONS[status]}\r\n${head.join('')}\r\n${body}`
}

/** Answers refused requests with the refusal page; first, so it answers before Vite's own. */
export function answerClientErrors(server: EventEmitter): void {
  server.prependListener('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy()
      return
    }
    socket.end(clientErrorResponse(error.code))
  })
}
