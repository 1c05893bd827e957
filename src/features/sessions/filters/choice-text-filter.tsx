import type { ComponentProps } from 'react'
import { SmallButton } from '../../../components/small-button.tsx'
import { TextFilter } from './text-filter.tsx'

type ChoiceTextFilterProps = ComponentProps<typeof TextFilter> & {
  /** The values seen so far: few enough to offer each as a button. */
  choices: readonly string[]
  /** What one value is called in a sentence, e.g. "status". */
  valueName: string
}

/** The seen values that look like the one typed: "fail" is likely "failed". */
function lookalikes(typed: string, choices: readonly string[]): string[] {
  const text = typed.toLowerCase()
  return choices.filter((choice) => {
    const other = choice.toLowerCase()
    return other.includes(text) || text.includes(other)
  })
}

/**
 * A text filter over an open set of exact values that are few in practice (a session's status):
 * the values seen so far are offered as buttons, and a typed value that none of them has is
 * pointed out, since an exact match on a near miss quietly finds nothing.
 */
export function ChoiceTextFilter({ choices, valueName, ...textFilter }: ChoiceTextFilterProps) {
  const { value, onCommit } = textFilter
  const choose = (choice: string) => onCommit(choice === value ? '' : choice, { replace: false })
  const unmatched = value !== '' && !choices.includes(value)
  const near = unmatched ? lookalikes(value, choices) : []
  return (
    <div>
      <TextFilter {...textFilter} suggestions={choices} />
      <div className="mt-1.5 flex flex-wrap gap-1" role="group" aria-label="Seen so far">
        {choices.map((choice) => (
          <SmallButton key={choice} aria-pressed={choice === value} onClick={() => choose(choice)}>
            {choice}
          </SmallButton>
        ))}
      </div>
      {unmatched ? (
        <p role="status" className="mt-1.5 text-xs text-amber-800 dark:text-amber-200">
          No session seen so far has the {valueName} “{value}”; it must match exactly.
          {near.map((choice) => (
            <button
              key={choice}
              type="button"
              onClick={() => choose(choice)}
              className="ml-1 font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300"
            >
              Use “{choice}”
            </button>
          ))}
        </p>
      ) : null}
    </div>
  )
}
