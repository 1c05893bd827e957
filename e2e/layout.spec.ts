import { expect, test, type Page } from '@playwright/test'
import { STORAGE_KEYS } from '../src/lib/browser-storage.ts'
import { expectRowsMatchUrl, rowOf, tableOf } from './table-helpers.ts'

/**
 * The page is laid out for browsing: rows above the fold at desktop and phone sizes, whatever
 * the filters, and the chart and breakdowns never push them away. Measured with the browser's
 * own boxes against the viewport.
 */

// With filters, with none, and with many (their chips take a line of their own).
const URLS = ['/', '/?status=failed', '/?status=completed&tags=production&sort_by=used_credits']

const rows = (page: Page) => tableOf(page).locator('tbody tr[aria-label]')

/** How many rows lie wholly inside the viewport. */
function rowsInView(page: Page) {
  return rows(page)
    .evaluateAll((all) =>
      all.filter((row) => {
        const box = row.getBoundingClientRect()
        return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight
      }),
    )
    .then((inView) => inView.length)
}

test.describe('at 1440×900', () => {
  test.use({ viewport: { width: 1440, height: 900 } })

  for (const url of URLS) {
    test(`at least 12 rows are in view on load: ${url}`, async ({ page, request }) => {
      await page.goto(url)
      await expectRowsMatchUrl(page, request)
      expect(await rowsInView(page)).toBeGreaterThanOrEqual(12)
    })
  }

  test('the default columns fit without sideways scroll, with no cue', async ({
    page,
    request,
  }) => {
    await page.goto('/')
    await expectRowsMatchUrl(page, request)
    const table = tableOf(page).getByRole('table')
    const overflow = await table.evaluate((node) => {
      const box = node.parentElement!
      return box.scrollWidth - box.clientWidth
    })
    expect(overflow).toBeLessThanOrEqual(0)
    await expect(tableOf(page).locator('[data-scroll-cue]')).toHaveCount(0)
  })

  test("each column's header label fits inside its column", async ({ page, request }) => {
    await page.goto('/')
    await expectRowsMatchUrl(page, request)
    // The visible label's text and sort icon, against the header cell's padded box: a label
    // wider than its column runs into its neighbour's (no header clips its text).
    const spills = await tableOf(page)
      .locator('thead th')
      .evaluateAll((headers) =>
        headers.flatMap((th) => {
          const style = getComputedStyle(th)
          const box = th.getBoundingClientRect()
          const left = box.left + parseFloat(style.paddingLeft)
          const right = box.right - parseFloat(style.paddingRight)
          // Text by its own extent (a block span is as wide as its cell, whatever its text).
          const boxes = [...th.querySelectorAll('svg')].map((icon) => icon.getBoundingClientRect())
          const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT)
          for (let text = walker.nextNode(); text; text = walker.nextNode()) {
            if (!text.textContent?.trim() || text.parentElement?.closest('.sr-only')) continue
            const range = document.createRange()
            range.selectNodeContents(text)
            boxes.push(range.getBoundingClientRect())
          }
          const spilt = boxes.some(
            (part) => part.width > 0 && (part.left < left - 0.5 || part.right > right + 0.5),
          )
          return spilt ? [th.textContent?.trim()] : []
        }),
      )
    expect(spills).toEqual([])
  })

  test('the rows stay where they are when the totals arrive', async ({ page }) => {
    // The walk held back until the rows are measured, so the totals surely arrive after.
    let releaseWalk!: () => void
    const walkReleased = new Promise<void>((resolve) => (releaseWalk = resolve))
    await page.route(/sort_by=session_id/, async (route) => {
      await walkReleased
      await route.fallback()
    })
    await page.goto('/?status=failed')
    const firstRow = rows(page).first()
    await expect(firstRow).toBeVisible()
    const before = (await firstRow.boundingBox())!.y
    releaseWalk()
    await expect(page.getByRole('button', { name: 'Recompute' })).toBeVisible()
    await expect(page.getByText(/^Frozen as of /)).toBeVisible()
    expect((await firstRow.boundingBox())!.y).toBe(before)
  })

  test('opening the chart and breakdowns leaves the rows where they are, and is remembered', async ({
    page,
    request,
  }) => {
    await page.goto('/?status=failed')
    await expectRowsMatchUrl(page, request)
    const firstRow = rows(page).first()
    const before = await firstRow.boundingBox()
    const toggle = page.getByRole('button', { name: 'Chart and breakdowns' })
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await toggle.click()
    const panel = page.getByRole('region', { name: 'Chart and breakdowns' })
    await expect(panel.getByRole('tablist').or(panel.getByRole('table')).first()).toBeVisible({
      timeout: 15_000,
    })
    await page.evaluate(() => window.scrollTo(0, 0))
    expect(await firstRow.boundingBox()).toEqual(before)
    expect(
      await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEYS.creditsDetails),
    ).toBe('open')

    await page.reload()
    await expect(page.getByRole('region', { name: 'Chart and breakdowns' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Hide chart and breakdowns' })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
  })
})

test.describe('at 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true })

  for (const url of URLS) {
    test(`at least 3 sessions are in view on load, as cards: ${url}`, async ({ page, request }) => {
      await page.goto(url)
      await expectRowsMatchUrl(page, request)
      expect(await rowsInView(page)).toBeGreaterThanOrEqual(3)
      // A card: no sideways scroll, and its time, id and credits are on screen.
      const card = rows(page).first()
      const box = (await card.boundingBox())!
      expect(box.x + box.width).toBeLessThanOrEqual(390)
      await expect(card.locator('time')).toBeInViewport()
      await expect(card.getByRole('link').first()).toBeInViewport()
    })
  }
})

test.describe('narrow desktop: the table scrolls sideways', () => {
  test.use({ viewport: { width: 1100, height: 800 } })

  test('a cue says so, and the sticky first column is opaque', async ({ page, request }) => {
    await page.goto('/')
    await expectRowsMatchUrl(page, request)
    const cue = tableOf(page).locator('[data-scroll-cue]')
    await expect(cue).toBeVisible()
    await expect(cue).toContainText('More columns to the right')
    const firstCell = rows(page).first().locator('td').first()
    const background = await firstCell.evaluate((cell) => getComputedStyle(cell).backgroundColor)
    expect(background).toMatch(/^rgb\(/) // rgba(…, 0) would let the scrolled cells show through
    await tableOf(page)
      .getByRole('table')
      .evaluate((table) => table.parentElement!.scrollTo({ left: 10_000 }))
    await expect(cue).toHaveCount(0)
  })
})

test.describe('keyboard', () => {
  test.use({ viewport: { width: 1440, height: 900 } })

  test('a skip link, among the first Tab stops, leads to the first row', async ({
    page,
    request,
  }) => {
    await page.goto('/?status=failed')
    await expectRowsMatchUrl(page, request)
    const skip = page.getByRole('link', { name: 'Skip to the sessions' })
    let stops = 0
    while (!(await skip.evaluate((link) => link === document.activeElement)) && stops < 5) {
      await page.keyboard.press('Tab')
      stops += 1
    }
    expect(stops).toBeLessThanOrEqual(3)
    await expect(skip).toBeVisible()
    await page.keyboard.press('Enter')
    await expect(rows(page).first()).toBeFocused()
  })

  test('back from a session, the focus and the view return to its row', async ({
    page,
    request,
  }) => {
    await page.goto('/?status=failed')
    const ids = await expectRowsMatchUrl(page, request)
    const id = ids[16]!
    await rowOf(page, id).focus()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(new RegExp(`/sessions/${id}$`))
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.goBack()
    await expect(rowOf(page, id)).toBeFocused()
    await expect(rowOf(page, id)).toBeInViewport({ ratio: 1 })
  })
})

test.describe('column widths', () => {
  test.use({ viewport: { width: 1440, height: 900 } })

  const header = (page: Page, name: string) =>
    tableOf(page).getByRole('columnheader', { name, exact: true })
  const handle = (page: Page, name: string) =>
    tableOf(page).getByRole('separator', { name: `Resize column ${name}` })
  const widthOf = async (page: Page, name: string) =>
    Math.round((await header(page, name).boundingBox())!.width)

  test('a drag resizes a column, and the width is remembered until reset', async ({
    page,
    request,
  }) => {
    await page.goto('/')
    await expectRowsMatchUrl(page, request)
    const before = await widthOf(page, 'Domains')
    const box = (await handle(page, 'Domains').boundingBox())!
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.down()
    for (let step = 1; step <= 6; step += 1) {
      await page.mouse.move(box.x + box.width / 2 + step * 10, box.y + box.height / 2)
    }
    await page.mouse.up()
    await expect.poll(() => widthOf(page, 'Domains')).toBe(before + 60)

    await page.reload()
    await expectRowsMatchUrl(page, request)
    await expect.poll(() => widthOf(page, 'Domains')).toBe(before + 60)
    expect(
      await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEYS.columnWidths),
    ).toContain('"domains":')

    // One reset, in the column chooser, for the columns and their widths.
    await tableOf(page).getByRole('button', { name: 'Choose columns' }).click()
    await page.getByRole('menuitem', { name: 'Reset to default columns and widths' }).click()
    await expect.poll(() => widthOf(page, 'Domains')).toBe(before)
  })

  test('the keyboard resizes with the arrow keys; a double-click fits the content', async ({
    page,
    request,
  }) => {
    await page.goto('/')
    await expectRowsMatchUrl(page, request)
    const before = await widthOf(page, 'Steps')
    await handle(page, 'Steps').focus()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => widthOf(page, 'Steps')).toBe(before + 32)
    await expect(handle(page, 'Steps')).toHaveAttribute('aria-valuenow', String(before + 32))
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => widthOf(page, 'Steps')).toBe(before + 16)

    // Fit: the widest domain chip is shown whole, no wider than its content needs. (The code
    // that measures comes as the pointer reaches the handle: the fit follows its load.)
    const cells = rows(page).locator('td:nth-child(5), td:nth-child(5) > *')
    const clipped = () =>
      cells.evaluateAll((all) => all.filter((cell) => cell.scrollWidth > cell.clientWidth).length)
    expect(await clipped()).toBeGreaterThan(0)
    await handle(page, 'Domains').dblclick()
    await expect.poll(clipped).toBe(0)
  })

  test('a finger resizes too', async ({ browser, request }) => {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      hasTouch: true,
    })
    const page = await context.newPage()
    await page.goto('/')
    await expectRowsMatchUrl(page, request)
    const before = await widthOf(page, 'Tags')
    const box = (await handle(page, 'Tags').boundingBox())!
    const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
    const touch = (type: string, x: number) =>
      handle(page, 'Tags').dispatchEvent(type, {
        pointerId: 7,
        pointerType: 'touch',
        isPrimary: true,
        button: type === 'pointermove' ? -1 : 0,
        clientX: x,
        clientY: at.y,
        bubbles: true,
      })
    await touch('pointerdown', at.x)
    await touch('pointermove', at.x + 20)
    await touch('pointermove', at.x + 40)
    await touch('pointerup', at.x + 40)
    await expect.poll(() => widthOf(page, 'Tags')).toBe(before + 40)
    await context.close()
  })
})
