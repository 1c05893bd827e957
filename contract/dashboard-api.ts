/**
 * What our own server answers besides the provider's API: the agreement between server/ and
 * src/ about the dashboard's endpoints. Types and constants only.
 */

/** Where the proxy sends requests: the provider's API with a real key, or the local emulator. */
export type UpstreamMode = 'emulator' | 'live'

/** `GET /api/meta`: which upstream the proxy talks to. The key itself never leaves the server. */
export interface DashboardMeta {
  mode: UpstreamMode
  /**
   * The emulator's clock (epoch ms) at the answer: "now" for the demo data, which tests pin and
   * move. Absent with the real API, whose clock is the world's.
   */
  now?: number
}
