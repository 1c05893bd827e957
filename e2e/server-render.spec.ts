import { expect, test, type APIRequestContext } from '@playwright/test'
import { formatShortDateTime } from '../src/lib/date-time.ts'
import { unexpectedPageErrors } from './faults-helpers.ts'
import { apiQueryFor, expectedIds } from './filters-helpers.ts'
import { apiSessions, tableOf } from './table-helpers.ts'

// The list page comes rendered by the server, its first page of rows included: shown before
// any script runs, then hydrated by the app without a mismatch, in whatever zone the browser is.

test.use({ viewport: { width: 1440, height: 900 } })

const QUERY = 'status=completed&sort_by=used_credits'
const ZONE = 'America/Los_Angeles'

/** The first row's session and when it was created, as the API has them. */
async function firstSession(request: APIRequestContext) {
  const { sessions } = await apiSessions(request, QUERY)
  const response = await request.get(`/api/v1/sessions?${apiQueryFor(QUERY)}`)
  const { data } = (await response.json()) as { data: { sessions: Array<{ created_at: string }> } }
  return { id: sessions[0]!.id, createdAt: data.sessions[0]!.created_at }
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the rows of the URL and the filters that found them are there', async ({
    page,
    request,
  }) => {
    await page.goto(`/?${QUERY}`)
    const rows = page.locator('tbody[data-session-rows] tr')
    const ids = await rows.evaluateAll((elements) =>
      elements.map((row) => row.getAttribute('aria-label')?.replace(/^Session /, '')),
    )
    expect(ids).toEqual(await expectedIds(request, QUERY))
    const filters = page.getByRole('complementary', { name: 'Filters' })
    await expect(filters.getByLabel('Status')).toHaveValue('completed')
    await expect(tableOf(page).getByRole('columnheader', { name: 'Credits' })).toHaveAttribute(
      'aria-sort',
      'descending',
    )
  })
})

test.describe(`in ${ZONE}`, () => {
  test.use({ timezoneId: ZONE })

  test('the page hydrates without an error and shows times in the browser’s zone', async ({
    page,
    request,
    context,
  }) => {
    const errors = unexpectedPageErrors(page)
    const { id, createdAt } = await firstSession(request)
    const at = (zone: string) => formatShortDateTime(createdAt, zone, Date.now())
    expect(at('UTC')).not.toBe(at(ZONE))

    // A first visit: the server cannot know the zone yet and renders in UTC.
    const firstHtml = await (await request.get(`/?${QUERY}`)).text()
    expect(firstHtml).toContain(at('UTC'))

    await page.goto(`/?${QUERY}`)
    const created = page
      .getByRole('row', { name: `Session ${id}` })
      .getByRole('cell')
      .first()
    await expect(created).toContainText(at(ZONE))
    await expect(page.getByRole('button', { name: `Time zone: ${ZONE}` }).first()).toBeVisible()

    // The browser told the server its zone: the next render is in it from the start.
    const cookies = await context.cookies()
    expect(cookies.find((cookie) => cookie.name === 'tz')?.value).toBe(encodeURIComponent(ZONE))
    const nextHtml = await (
      await page.request.get(`/?${QUERY}`, {
        headers: { cookie: `tz=${encodeURIComponent(ZONE)}` },
      })
    ).text()
    expect(nextHtml).toContain(at(ZONE))

    // Hydrated: the page works as an app (a sort is a client-side navigation; newest first is
    // the default, which the URL leaves out).
    await tableOf(page)
      .getByRole('columnheader', { name: 'Created', exact: true })
      .getByRole('button')
      .click()
    await expect.poll(() => new URL(page.url()).searchParams.get('sort_by')).toBeNull()
    await expect(tableOf(page).getByRole('table')).toHaveAccessibleName(/sorted by created/)
    expect(errors).toEqual([])
  })
})
