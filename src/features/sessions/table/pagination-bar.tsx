import { useState, type FormEvent } from 'react'
import { PAGE_SIZES, type PageSize } from '../../../../contract/anchor-api.ts'
import { Button } from '../../../components/button.tsx'
import {
  ChevronLeftIcon,
  ChevronRightIcon,
  ChevronsLeftIcon,
  ChevronsRightIcon,
} from '../../../components/icons.tsx'
import { formatCount } from '../../../lib/format.ts'
import { useEarlyText } from '../../../lib/use-early-text.ts'
import { MAX_PAGE, type SessionsSearch } from '../search-params.ts'

/**
 * First, previous, next, last; where we are; a jump to any page; the page size. Every control
 * writes the URL, which makes the request; a new page size starts again at page 1
 * (applySearchChange), a page move keeps it.
 */
export function PaginationBar({
  page,
  limit,
  total,
  pageCount,
  setSearch,
}: {
  page: number
  limit: PageSize
  total: number
  /** How many pages the API says there are (SessionsPage.totalPages). */
  pageCount: number
  setSearch: (change: Partial<SessionsSearch>) => void
}) {
  const goTo = (target: number) => setSearch({ page: target })
  const [jump, setJump] = useState('')
  const earlyJump = useEarlyText(setJump)

  const onJump = (event: FormEvent) => {
    event.preventDefault()
    const target = Number(jump)
    if (!Number.isInteger(target) || target < 1) return
    goTo(Math.min(target, Math.max(pageCount, 1), MAX_PAGE))
    setJump('')
  }

  return (
    <nav
      aria-label="Pages"
      // The bar, its figures and its fields are styled in src/styles/page.css.
      className="pagination"
    >
      <p aria-live="polite" className="tabular-nums">
        Page <strong>{formatCount(page)}</strong> of {formatCount(Math.max(pageCount, 1))}
        <span aria-hidden="true" className="dot">
          ·
        </span>
        {formatCount(total)} {total === 1 ? 'session' : 'sessions'}
      </p>

      <div className="flex flex-wrap items-center gap-x-5 gap-y-3">
        <label className="flex items-center gap-2">
          <span>Rows per page</span>
          <select
            value={limit}
            onChange={(event) => setSearch({ limit: Number(event.target.value) as PageSize })}
          >
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>

        <form onSubmit={onJump} className="flex items-center gap-2">
          <label htmlFor="jump-to-page">Go to page</label>
          <input
            id="jump-to-page"
            type="number"
            inputMode="numeric"
            min={1}
            max={Math.max(pageCount, 1)}
            value={jump}
            ref={earlyJump}
            onChange={(event) => setJump(event.target.value)}
            placeholder={String(page)}
          />
          <Button type="submit" size="sm" disabled={jump === ''}>
            Go
          </Button>
        </form>

        <div className="flex items-center gap-1">
          <Button
            size="icon"
            variant="ghost"
            aria-label="First page"
            title="First page"
            disabled={page <= 1}
            onClick={() => goTo(1)}
          >
            <ChevronsLeftIcon />
          </Button>
          <Button
            size="icon"
            variant="ghost"
            aria-label="Previous page"
            title="Previous page"
            disabled={page <= 1}
            onClick={() => goTo(Math.min(page - 1, Math.max(pageCount, 1)))}
          >
            <ChevronLeftIcon />
          </Button>
          <Button
            size="icon"
            variant="ghost"
            aria-label="Next page"
            title="Next page"
            disabled={page >= pageCount}
            onClick={() => goTo(page + 1)}
          >
            <ChevronRightIcon />
          </Button>
          <Button
            size="icon"
            variant="ghost"
            aria-label="Last page"
            title="Last page"
            disabled={pageCount === 0 || page === pageCount}
            onClick={() => goTo(pageCount)}
          >
            <ChevronsRightIcon />
          </Button>
        </div>
      </div>
    </nav>
  )
}
