import { memo, useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react'

/*
 * The look of every text-like input, its label and its hint, shared by the controls built on
 * one: named rules in src/styles/controls.css.
 */
export const INPUT_CLASSES = 'field-input'
export const LABEL_CLASSES = 'field-label'
export const HINT_CLASSES = 'field-hint'

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'list'> {
  ref?: Ref<HTMLInputElement>
  label: ReactNode
  /** A line under the input, tied to it with aria-describedby. */
  hint?: ReactNode
  /** Offered as the browser's own suggestion list (a native combobox). */
  suggestions?: readonly string[]
}

/** A labelled input with an optional hint and suggestion list. */
export function TextField({ label, hint, suggestions, className = '', ...props }: TextFieldProps) {
  const id = useId()
  const hintId = `${id}-hint`
  const listId = `${id}-list`
  return (
    <div className={className}>
      <label htmlFor={id} className={LABEL_CLASSES}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        spellCheck={false}
        list={suggestions?.length ? listId : undefined}
        aria-describedby={hint ? hintId : undefined}
        className={`mt-1 ${INPUT_CLASSES}`}
        {...props}
      />
      {suggestions?.length ? <SuggestionList id={listId} values={suggestions} /> : null}
      {hint ? (
        <p id={hintId} className={HINT_CLASSES}>
          {hint}
        </p>
      ) : null}
    </div>
  )
}

interface SuggestionListProps {
  id: string
  values: readonly string[]
}

const sameSuggestions = (a: SuggestionListProps, b: SuggestionListProps) =>
  a.id === b.id &&
  a.values.length === b.values.length &&
  a.values.every((value, index) => value === b.values[index])

/**
 * The browser's suggestion list. Memoized on its values: a filter panel holds lists of hundreds
 * of values seen so far, which would otherwise render again with every filter change.
 */
export const SuggestionList = memo(function SuggestionList({ id, values }: SuggestionListProps) {
  return (
    <datalist id={id}>
      {values.map((value) => (
        <option key={value} value={value} />
      ))}
    </datalist>
  )
}, sameSuggestions)
