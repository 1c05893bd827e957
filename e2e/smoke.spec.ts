import { expect, test } from '@playwright/test'

test('the list shows the rows the API returns for page 1', async ({ page, request }) => {
  const response = await request.get(
    '/api/v1/sessions?page=1&limit=20&sort_by=created_at&sort_order=desc',
  )
  expect(response.ok()).toBe(true)
  const body = (await response.json()) as { data: { sessions: Array<{ id: string }> } }
  const expected = body.data.sessions.map((session) => session.id)
  expect(expected).toHaveLength(20)

  await page.goto('/')
  const rows = page.getByRole('table').locator('tbody tr[aria-label]')
  await expect(rows).toHaveCount(20)
  await expect
    .poll(() => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('aria-label'))))
    .toEqual(expected.map((id) => `Session ${id}`))
})
