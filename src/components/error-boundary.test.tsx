import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ErrorBoundary } from './error-boundary.tsx'

/** A child that fails to render while `broken.now` is true, as a bad value from the API might. */
const broken = { now: true }
function Fragile({ label }: { label: string }) {
  if (broken.now) throw new Error(`cannot read ${label}`)
  return <p>{label} rendered</p>
}

function Page({ searchKey = 'a' }: { searchKey?: string }) {
  return (
    <main>
      <ErrorBoundary region="The filters">
        <p>Filters work</p>
      </ErrorBoundary>
      <ErrorBoundary region="The table" resetKeys={[searchKey]}>
        <Fragile label="rows" />
      </ErrorBoundary>
      <ErrorBoundary region="The credits summary">
        <p>Summary works</p>
      </ErrorBoundary>
    </main>
  )
}

describe('ErrorBoundary', () => {
  beforeEach(() => {
    broken.now = true
    // React reports caught render errors on the console; the boundary warns once more.
    vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.spyOn(console, 'warn').mockImplementation(() => {})
  })
  afterEach(() => vi.restoreAllMocks())

  it('shows the region’s fallback with the error, and the other regions still render', () => {
    render(<Page />)
    const alert = screen.getByRole('alert')
    expect(alert.textContent).toContain('The table could not be shown.')
    expect(alert.textContent).toContain('cannot read rows')
    expect(screen.getByText('Filters work')).toBeTruthy()
    expect(screen.getByText('Summary works')).toBeTruthy()
    expect(screen.getAllByRole('alert')).toHaveLength(1)
    expect(console.warn).toHaveBeenCalledWith(
      'The table failed to render',
      expect.any(Error),
      expect.any(String),
    )
  })

  it('"Try again" renders the region again, which works once its cause is gone', async () => {
    render(<Page />)
    broken.now = false
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(screen.getByText('rows rendered')).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('"Try again" while the cause remains shows the fallback again, not a blank page', async () => {
    render(<Page />)
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(screen.getByRole('alert').textContent).toContain('The table could not be shown.')
    expect(screen.getByText('Filters work')).toBeTruthy()
  })

  it('a change of its reset keys (a new search) renders the region again', () => {
    const { rerender } = render(<Page searchKey="a" />)
    broken.now = false
    rerender(<Page searchKey="a" />)
    expect(screen.getByRole('alert')).toBeTruthy()
    rerender(<Page searchKey="b" />)
    expect(screen.getByText('rows rendered')).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
