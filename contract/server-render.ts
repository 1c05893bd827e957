import type { UpstreamMode } from './dashboard-api.ts'

/**
 * What the server and the app agree on to render the list page on the server (server/ serves
 * it, src/entry-server.tsx renders it, src/app/bootstrap.tsx hydrates it). Neither side
 * imports the other.
 */

/** The element of index.html the app renders into. */
export const ROOT_ELEMENT = '<div id="root"></div>'

/** The id of the inert JSON script that carries the render's state to the browser. */
export const SERVER_STATE_ID = 'server-state'

/** The cookie in which the browser tells the server its time zone, for the next render. */
export const TIME_ZONE_COOKIE = 'tz'

/** True for a zone name this JavaScript engine knows, such as `Europe/Berlin`. */
export function isTimeZone(name: string): boolean {
  if (!name || name.length > 64) return false
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name })
    return true
  } catch {
    return false
  }
}

/** An answer of the API as the server's proxy gave it: status and body, untouched. */
export interface ApiAnswer {
  status: number
  body: string
}

export interface ServerRenderInput {
  /** The path and query of the page asked for, e.g. `/?status=failed`. */
  url: string
  /** Asks the server's own proxy (which adds the key) for an `/api/...` path and query. */
  fetchApi: (pathAndQuery: string) => Promise<ApiAnswer>
  /** The zone to show times in: the browser's last reported one, or UTC. */
  timeZone: string
  /** The moment of the render, epoch ms: "now" for ages. */
  now: number
  mode: UpstreamMode
}

/** Everything the browser needs to render the same tree again, in the same zone and moment. */
export interface ServerRenderState {
  timeZone: string
  now: number
  mode: UpstreamMode
  /**
   * The list page the server rendered: its API query and the API's body as it came, which must
   * be JSON text (src/entry-server.tsx passes on only a body it has read as such).
   */
  firstPage: { apiQuery: string; body: string } | null
}

/**
 * The state as the page carries it (serverStateJson) and the browser reads it back: the first
 * page's body parsed, under `data`.
 */
export interface EmbeddedRenderState extends Omit<ServerRenderState, 'firstPage'> {
  firstPage: { apiQuery: string; data: unknown } | null
}

/**
 * The state as JSON for the page's inert `<script type="application/json">`. The first page's
 * body goes in as the JSON it is, under `data`, not as a string of JSON: as a string every
 * quote in it took a backslash (some 1,400 bytes of a 20-row page). `<` is escaped so nothing
 * can close the element or open a comment, and U+2028/2029 for old parsers: in JSON text they
 * occur only inside strings, where the escapes read back as the same characters, so JSON.parse
 * gives the browser exactly the values the server rendered from.
 */
export function serverStateJson({ firstPage, ...rest }: ServerRenderState): string {
  const page = firstPage
    ? `{"apiQuery":${JSON.stringify(firstPage.apiQuery)},"data":${firstPage.body}}`
    : 'null'
  return inertJson(`${JSON.stringify(rest).slice(0, -1)},"firstPage":${page}}`)
}

/** JSON text made safe to stand inside a script element (see serverStateJson). */
function inertJson(json: string): string {
  return json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

export interface ServerRenderResult {
  /** The markup for inside the root element. */
  html: string
  state: ServerRenderState
}

/** The server-side entry's one export; null for pages that are rendered in the browser only. */
export type RenderPage = (input: ServerRenderInput) => Promise<ServerRenderResult | null>
