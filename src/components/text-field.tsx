import { memo, useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react'

/** The look of every text-like input, shared by the controls built on one. */
export const INPUT_CLASSES =
  'h-9 w-full min-w-0 rounded-md border border-slate-300 bg-white px-2.5 text-sm text-slate-900 shadow-xs placeholder:text-slate-400 focus-visible:border-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-indigo-500 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-500 dark:[color-scheme:dark]'

export const LABEL_CLASSES = 'block text-sm font-medium text-slate-700 dark:text-slate-200'
export const HINT_CLASSES = 'mt-1 text-xs text-slate-500 dark:text-slate-400'

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
