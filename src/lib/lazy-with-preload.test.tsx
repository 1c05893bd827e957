import { act, fireEvent, render, screen } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { lazyWithPreload } from './lazy-with-preload.tsx'

const Greeting = ({ name }: { name: string }) => <p>Hello {name}</p>

/** A module load the test resolves or fails by hand. */
function deferredLoad() {
  const calls: { resolve: () => void; reject: (error: Error) => void }[] = []
  const load = vi.fn(
    () =>
      new Promise<{ default: typeof Greeting }>((resolve, reject) => {
        calls.push({ resolve: () => resolve({ default: Greeting }), reject })
      }),
  )
  return { load, calls }
}

describe('lazyWithPreload', () => {
  it('loads the code once on the intent to open, however often the intent comes', async () => {
    const { load, calls } = deferredLoad()
    const { intent } = lazyWithPreload(load, null)
    render(<button {...intent}>Open</button>)
    const button = screen.getByRole('button')
    fireEvent.pointerEnter(button)
    fireEvent.focus(button)
    fireEvent.touchStart(button)
    expect(load).toHaveBeenCalledOnce()
    await act(async () => calls[0]!.resolve())
  })

  it('renders a part loaded ahead at once, with no fallback', async () => {
    const { load, calls } = deferredLoad()
    const { Component, preload } = lazyWithPreload(load, <p>Loading</p>)
    const loading = preload()
    calls[0]!.resolve()
    await loading
    render(<Component name="Ada" />)
    expect(screen.getByText('Hello Ada')).toBeTruthy()
    expect(screen.queryByText('Loading')).toBeNull()
  })

  it('shows the fallback while a part opened before its code is in loads', async () => {
    const { load, calls } = deferredLoad()
    const { Component } = lazyWithPreload(load, <p>Loading</p>)
    render(<Component name="Ada" />)
    expect(screen.getByText('Loading')).toBeTruthy()
    await act(async () => calls[0]!.resolve())
    expect(screen.getByText('Hello Ada')).toBeTruthy()
  })

  it('tries again after a load ahead failed', async () => {
    const { load, calls } = deferredLoad()
    const { intent } = lazyWithPreload(load, null)
    render(<button {...intent}>Open</button>)
    const button = screen.getByRole('button')
    fireEvent.pointerEnter(button)
    await act(async () => calls[0]!.reject(new Error('offline')))
    fireEvent.pointerEnter(button)
    expect(load).toHaveBeenCalledTimes(2)
    await act(async () => calls[1]!.resolve())
  })

  it('is its fallback in the server’s HTML, even with its code loaded, so hydration matches', async () => {
    const { load, calls } = deferredLoad()
    const { Component, preload } = lazyWithPreload(load, <p>Loading</p>)
    const loading = preload()
    calls[0]!.resolve()
    await loading
    expect(renderToString(<Component name="Ada" />)).toBe('<p>Loading</p>')
  })
})
