import { expect, test, type Page } from '@playwright/test'
import { collectPageErrors, expectRowsMatchUrl, SETTLE_MS, urlQuery } from './filters-helpers.ts'

test.describe.configure({ timeout: 60_000 })

/** About 5 KB: hundreds of unknown names, broken escapes, stray separators and raw Unicode. */
const junk = Array.from({ length: 400 }, (_, i) => `j${i}ü=%${i % 3 ? 'zz' : '41'},;&`)
  .join('')
  .slice(0, 5000)

/** A hand-edited query, the clean query it must become, and what the notice must say. */
const cases: Array<{ name: string; query: string; clean: string; says: RegExp }> = [
  { name: 'limit=37', query: 'limit=37', clean: '', says: /limit\s*"37" is not one of 10, 20, 50/ },
  { name: 'page=-2', query: 'page=-2', clean: '', says: /page\s*"-2" is not a whole number/ },
  { name: 'page=abc', query: 'page=abc', clean: '', says: /page\s*"abc" is not a whole number/ },
  { name: 'page=1e9', query: 'page=1e9', clean: '', says: /page\s*"1e9" is not a whole number/ },
  {
    name: 'sort_order=sideways',
    query: 'sort_order=sideways',
    clean: '',
    says: /sort_order\s*"sideways" is not one of asc, desc/,
  },
  {
    name: 'sort_by=color',
    query: 'sort_by=color',
    clean: '',
    says: /sort_by\s*"color" is not one/,
  },
  {
    name: 'created_from=yesterday',
    query: 'created_from=yesterday',
    clean: '',
    says: /created_from\s*"yesterday" is not an ISO 8601 date-time/,
  },
  {
    name: 'proxy=maybe',
    query: 'proxy=maybe',
    clean: '',
    says: /proxy\s*"maybe" is not true or false/,
  },
  {
    name: 'created_from after created_to',
    query: 'created_from=2026-10-10T00:00:00Z&created_to=2026-10-01T00:00:00Z',
    clean: 'created_from=2026-10-10T00:00:00Z',
    says: /created_to\s*is before created_from/,
  },
  {
    name: 'a parameter given twice',
    query: 'status=failed&status=completed',
    clean: 'status=failed',
    says: /status\s*was given more than once/,
  },
  {
    name: 'unknown parameters',
    query: 'color=red&status=failed&utm_source=mail',
    clean: 'status=failed',
    says: /color\s*is not a filter of this page/,
  },
  {
    name: 'broken percent-encoding',
    query: 'status=%E0%A4%A&tags=ok',
    clean: 'tags=ok',
    says: /status\s*could not be decoded/,
  },
  { name: '5 KB of junk', query: junk, clean: '', says: /and \d+ more/ },
]

const VALID: Record<string, RegExp> = {
  page: /^[1-9]\d{0,6}$/,
  limit: /^(10|20|50)$/,
  sort_by: /^(created_at|session_id|used_credits|api_key_name)$/,
  sort_order: /^(asc|desc)$/,
  search: /^[^,]+(,[^,]+)*$/,
  status: /./,
  tags: /^[^,]+(,[^,]+)*$/,
  domains: /^[^,]+(,[^,]+)*$/,
  created_from: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/,
  created_to: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/,
  batch_id: /./,
  task_initiated: /^(true|false)$/,
  playground: /^(true|false)$/,
  proxy: /^(true|false)$/,
  extra_stealth: /^(true|false)$/,
  profile_name: /./,
}

/** A request the API accepts: known names, each once, each value in its format. */
function expectValidRequest(query: string) {
  const params = new URLSearchParams(query)
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name)
    expect(values, `${name} in ${query}`).toHaveLength(1)
    expect(VALID[name], `${name} is a parameter of the API`).toBeDefined()
    expect(values[0], `${name} in ${query}`).toMatch(VALID[name]!)
  }
  const from = params.get('created_from')
  const to = params.get('created_to')
  if (from && to) expect(Date.parse(from)).toBeLessThanOrEqual(Date.parse(to))
}

/** Every list request the page makes, to prove no bad value ever reaches the API. */
function collectListRequests(page: Page): string[] {
  const queries: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.pathname === '/api/v1/sessions') queries.push(url.search)
  })
  return queries
}

for (const { name, query, clean, says } of cases) {
  test(`a link with ${name} is cleaned, explained and never sent`, async ({ page, request }) => {
    const errors = collectPageErrors(page)
    const requests = collectListRequests(page)
    await page.goto(`/?${query}`)

    const notice = page
      .getByRole('status')
      .filter({ hasText: 'Some parts of this link were ignored' })
    await expect(notice).toBeVisible({ timeout: SETTLE_MS })
    await expect(notice).toContainText(says)
    await expect.poll(() => urlQuery(page)).toBe(clean)
    await expectRowsMatchUrl(page, request)

    expect(requests.length).toBeGreaterThan(0)
    for (const sent of requests) expectValidRequest(sent)
    await notice.getByRole('button', { name: 'Dismiss the note about the link' }).click()
    await expect(notice).toBeHidden()
    expect(errors).toEqual([])
  })
}

test('the clean-up replaces the history entry instead of adding one', async ({ page }) => {
  await page.goto('/?status=failed')
  await page.goto('/?limit=37&status=completed')
  await expect.poll(() => urlQuery(page)).toBe('status=completed')
  await page.goBack()
  await expect.poll(() => urlQuery(page)).toBe('status=failed')
})

test('the notice lists five problems, then says how many more, quoting long junk briefly', async ({
  page,
}) => {
  await page.goto(`/?a=1&b=2&c=3&d=4&e=5&f=6&g=7&status=${'z'.repeat(300)}`)
  const notice = page
    .getByRole('status')
    .filter({ hasText: 'Some parts of this link were ignored' })
  await expect(notice.getByRole('listitem')).toHaveCount(5, { timeout: SETTLE_MS })
  await expect(notice).toContainText('and 3 more')
  const text = (await notice.textContent()) ?? ''
  expect(text.length).toBeLessThan(600)
})
