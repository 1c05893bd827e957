import { expect, test } from '@playwright/test'

// Issue 13: the list page as the server renders it, its first page of rows included, is at
// most 50 KB of HTML, uncompressed: what the browser parses before the rows can be shown.
const HTML_BUDGET_BYTES = 50 * 1024

test('the server-rendered HTML of / with its 20 rows is at most 50 KB', async ({ request }) => {
  const response = await request.get('/', { headers: { 'accept-encoding': 'identity' } })
  expect(response.status()).toBe(200)
  const html = await response.text()
  // A page that went out without its rows would be small for the wrong reason.
  const rows = html.slice(html.indexOf('<tbody'), html.indexOf('</tbody>')).match(/<tr[\s>]/g)
  expect(rows).toHaveLength(20)
  expect(Buffer.byteLength(html)).toBeLessThanOrEqual(HTML_BUDGET_BYTES)
})
