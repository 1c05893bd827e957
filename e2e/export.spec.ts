import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { fetchAllSessions, totalsRegion } from './summary-helpers.ts'

test.describe.configure({ timeout: 60_000 })

/** Records of an RFC 4180 file: CRLF ends a record only outside quotes. */
function csvRecords(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"'
        index += 1
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      record.push(field)
      field = ''
    } else if (char === '\r' && text[index + 1] === '\n') {
      record.push(field)
      records.push(record)
      record = []
      field = ''
      index += 1
    } else field += char
  }
  return records
}

for (const query of ['status=failed', 'created_from=2026-10-31T00:00:00.000Z']) {
  test(`the CSV export holds every matching session: ${query}`, async ({ page, request }) => {
    const expected = await fetchAllSessions(request, query)
    await page.goto(`/?${query}`)
    const csvButton = totalsRegion(page).getByRole('button', { name: 'CSV', exact: true })
    await expect(csvButton).toBeVisible({ timeout: 30_000 })

    const [download] = await Promise.all([page.waitForEvent('download'), csvButton.click()])
    expect(download.suggestedFilename()).toMatch(/^anchor-sessions_.+_\d{4}-\d{2}-\d{2}\.csv$/)
    const text = (await readFile(await download.path())).toString('utf8').replace(/^\uFEFF/, '')
    const [header, ...rows] = csvRecords(text)
    expect(header!.slice(0, 4)).toEqual(['id', 'created_at', 'status', 'used_credits'])
    expect(rows).toHaveLength(expected.length)
    expect(new Set(rows.map((row) => row[0]))).toEqual(new Set(expected.map((s) => s.id)))
    const credits = new Map(expected.map((s) => [s.id, s.used_credits]))
    for (const row of rows) {
      const wire = credits.get(row[0]!)!
      expect(row[3], row[0]).toBe(wire === 'N/A' ? 'N/A' : String(Number(wire)))
    }
  })
}

test('the JSON export holds the same sessions, in the table’s order', async ({ page, request }) => {
  const order = { sort_by: 'used_credits', sort_order: 'asc' } as const
  const expected = await fetchAllSessions(request, 'status=failed', order)
  await page.goto('/?sort_by=used_credits&sort_order=asc&status=failed')
  const jsonButton = totalsRegion(page).getByRole('button', { name: 'JSON', exact: true })
  await expect(jsonButton).toBeVisible({ timeout: 30_000 })
  const [download] = await Promise.all([page.waitForEvent('download'), jsonButton.click()])
  expect(download.suggestedFilename()).toMatch(
    /^anchor-sessions_status-failed_by-used_credits-asc_\d{4}-\d{2}-\d{2}\.json$/,
  )
  const document = JSON.parse((await readFile(await download.path())).toString('utf8')) as {
    filters: Record<string, string>
    sessions: Array<{ id: string }>
  }
  expect(document.filters).toEqual({ status: 'failed' })
  expect(document.sessions.map((s) => s.id)).toEqual(expected.map((s) => s.id))
})
