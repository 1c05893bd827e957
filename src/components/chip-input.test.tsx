import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { addChips, ChipInput } from './chip-input.tsx'

describe('addChips', () => {
  it('adds trimmed terms, skipping blanks and repeats', () => {
    expect(addChips(['a'], ' b , ,a, c ,b', 20)).toEqual(['a', 'b', 'c'])
  })

  it('stops at the maximum', () => {
    expect(addChips(['a', 'b'], 'c,d', 3)).toEqual(['a', 'b', 'c'])
  })

  it('keeps case, as the API matches exactly', () => {
    expect(addChips(['Prod'], 'prod', 20)).toEqual(['Prod', 'prod'])
  })
})

function Harness({ initial = [] as string[] }) {
  const [values, setValues] = useState(initial)
  return (
    <>
      <ChipInput
        label="Tags"
        itemName="tag"
        values={values}
        onAdd={(text) => setValues((current) => addChips(current, text, 20))}
        onRemove={(value) => setValues((current) => current.filter((item) => item !== value))}
      />
      <output>{values.join('|')}</output>
    </>
  )
}

const shown = () => screen.getByRole('status').textContent

describe('ChipInput', () => {
  it('adds on Enter and on a comma, removes with its button and with Backspace', async () => {
    const user = userEvent.setup()
    render(<Harness initial={['x']} />)
    const input = screen.getByLabelText('Tags')
    await user.type(input, 'alpha{Enter}beta,gamma')
    expect(shown()).toBe('x|alpha|beta')
    expect((input as HTMLInputElement).value).toBe('gamma')
    await user.tab()
    expect(shown()).toBe('x|alpha|beta|gamma')

    await user.click(screen.getByRole('button', { name: 'Remove tag alpha' }))
    expect(shown()).toBe('x|beta|gamma')
    await user.click(input)
    await user.keyboard('{Backspace}')
    expect(shown()).toBe('x|beta')
  })

  it('ignores a repeat', async () => {
    const user = userEvent.setup()
    render(<Harness initial={['alpha']} />)
    await user.type(screen.getByLabelText('Tags'), 'alpha{Enter}')
    expect(shown()).toBe('alpha')
  })
})
