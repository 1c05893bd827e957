/**
 * Files a session downloaded (`GET /v1/sessions/{id}/downloads`): about a third of the ended
 * sessions have one to three, small CSV or JSON exports whose bytes are derived from the
 * position, so the listing's size is the served file's and a test can compare bytes.
 */
import type { DownloadsResponse } from '../../contract/anchor-api.ts'
import { hash32, hex8 } from './random.ts'
import type { EmulatorStore } from './store.ts'
import { domainsOf, isRunning } from './wire.ts'

type DownloadItem = DownloadsResponse['data']['items'][number]

export interface StoredDownload {
  item: DownloadItem
  bytes: Uint8Array<ArrayBuffer>
  contentType: string
}

const KINDS = [
  { stem: 'orders', extension: 'csv', contentType: 'text/csv' },
  { stem: 'prices', extension: 'json', contentType: 'application/json' },
  { stem: 'invoice', extension: 'csv', contentType: 'text/csv' },
] as const

function contentOf(kind: (typeof KINDS)[number], seed: number): string {
  const rows = 3 + (seed % 40)
  const values = Array.from({ length: rows }, (_, r) => [r + 1, hash32(seed, r) % 10_000])
  if (kind.extension === 'json') {
    return JSON.stringify(values.map(([row, cents]) => ({ row, price: (cents ?? 0) / 100 })))
  }
  return ['row,amount', ...values.map(([row, cents]) => `${row},${(cents ?? 0) / 100}`)].join('\n')
}

export function downloadsOf(
  store: EmulatorStore,
  i: number,
  sessionId: string,
  apiOrigin: string,
): StoredDownload[] {
  const c = store.columns
  const salt = hash32(i, c.seed + 23)
  if (isRunning(store, i) || salt % 3 !== 0) return []
  const domain = domainsOf(store, i)[0] ?? 'example.com'
  const count = 1 + (salt % 3)
  return Array.from({ length: count }, (_, k) => {
    const kind = KINDS[(salt + k) % KINDS.length]!
    const id = `dl_${hex8(hash32(i * 3 + k, c.seed + 29))}${hex8(hash32(i, c.seed + 31 + k))}`
    const fileName = `${kind.stem}-${k + 1}.${kind.extension}`
    const bytes = new TextEncoder().encode(contentOf(kind, hash32(i * 3 + k, c.seed + 37)))
    const createdAt = new Date((c.createdAt[i] ?? 0) + (k + 1) * 4_000).toISOString()
    return {
      bytes,
      contentType: kind.contentType,
      item: {
        id,
        file_link: `${apiOrigin}/v1/sessions/${sessionId}/downloads/${id}/fetch`,
        original_download_url: `https://${domain}/export/${fileName}`,
        origin_url: `https://${domain}/account/exports`,
        suggested_file_name: fileName,
        original_file_name: fileName,
        duration: 200 + (salt % 1800),
        size: bytes.byteLength,
        created_at: createdAt,
      },
    }
  })
}

export function downloadsResponse(downloads: StoredDownload[]): DownloadsResponse {
  return { data: { count: downloads.length, items: downloads.map((d) => d.item) } }
}
