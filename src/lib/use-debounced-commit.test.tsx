import { act, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useDebouncedCommit } from './use-debounced-commit.ts'

type Commit = { text: string; replace: boolean }

/** A box over a committed value that stands in for the URL; `commits` records each write. */
function Harness(props: { commits: Commit[]; external?: string; revision?: number }) {
  const { commits, external, revision } = props
  const [value, setValue] = useState('')
  const { inputProps } = useDebouncedCommit({
    value: external ?? value,
    revision,
    onCommit: (text, { replace }) => {
      commits.push({ text, replace })
      setValue(text)
    },
  })
  return (
    <>
      <input aria-label="box" {...inputProps} />
      <button onClick={() => setValue('from elsewhere')}>outside</button>
    </>
  )
}

const box = () => screen.getByLabelText<HTMLInputElement>('box')
const typeInto = (text: string) => fireEvent.change(box(), { target: { value: text } })

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('useDebouncedCommit', () => {
  it('commits once after the pause, not once per keystroke', () => {
    const commits: Commit[] = []
    render(<Harness commits={commits} />)
    fireEvent.focus(box())
    for (const text of ['p', 'pr', 'pro', 'prod']) {
      typeInto(text)
      act(() => vi.advanceTimersByTime(100))
    }
    expect(commits).toEqual([])
    act(() => vi.advanceTimersByTime(300))
    expect(commits).toEqual([{ text: 'prod', replace: false }])
  })

  it('replaces the history entry for later pauses of the same edit, pushes after a blur', () => {
    const commits: Commit[] = []
    render(<Harness commits={commits} />)
    fireEvent.focus(box())
    typeInto('pro')
    act(() => vi.advanceTimersByTime(300))
    typeInto('prod')
    act(() => vi.advanceTimersByTime(300))
    fireEvent.blur(box())
    fireEvent.focus(box())
    typeInto('production')
    fireEvent.keyDown(box(), { key: 'Enter' })
    expect(commits).toEqual([
      { text: 'pro', replace: false },
      { text: 'prod', replace: true },
      { text: 'production', replace: false },
    ])
  })

  it('commits at once on blur', () => {
    const commits: Commit[] = []
    render(<Harness commits={commits} />)
    fireEvent.focus(box())
    typeInto('abc')
    fireEvent.blur(box())
    expect(commits).toEqual([{ text: 'abc', replace: false }])
    act(() => vi.advanceTimersByTime(1000))
    expect(commits).toHaveLength(1)
  })

  it('follows an outside change and drops the pending commit', () => {
    const commits: Commit[] = []
    render(<Harness commits={commits} />)
    typeInto('half typed')
    fireEvent.click(screen.getByRole('button', { name: 'outside' }))
    expect(box().value).toBe('from elsewhere')
    act(() => vi.advanceTimersByTime(1000))
    expect(commits).toEqual([])
  })

  it('follows an outside change after its own commit', () => {
    const commits: Commit[] = []
    render(<Harness commits={commits} />)
    typeInto('abc')
    fireEvent.blur(box())
    expect(box().value).toBe('abc')
    fireEvent.click(screen.getByRole('button', { name: 'outside' }))
    expect(box().value).toBe('from elsewhere')
  })

  it('follows a navigation that skipped past its own commit', () => {
    const commits: Commit[] = []
    const { rerender } = render(<Harness commits={commits} external="" revision={1} />)
    typeInto('failed')
    fireEvent.blur(box())
    // Back was pressed before the commit was ever rendered: the value never left "".
    rerender(<Harness commits={commits} external="" revision={2} />)
    expect(box().value).toBe('')
  })

  it('leaves the draft alone when another control navigates', () => {
    const commits: Commit[] = []
    const { rerender } = render(<Harness commits={commits} external="" revision={1} />)
    typeInto('half typed')
    rerender(<Harness commits={commits} external="" revision={2} />)
    expect(box().value).toBe('half typed')
    act(() => vi.advanceTimersByTime(300))
    expect(commits).toEqual([{ text: 'half typed', replace: false }])
  })

  it('keeps typing that arrives before its own commit comes back', () => {
    const commits: Commit[] = []
    const { rerender } = render(<Harness commits={commits} external="" />)
    typeInto('pro')
    act(() => vi.advanceTimersByTime(300))
    typeInto('prod')
    // The echo of "pro" arrives late, after "d" was typed: the box must not jump back.
    rerender(<Harness commits={commits} external="pro" />)
    expect(box().value).toBe('prod')
  })
})
