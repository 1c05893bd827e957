import { useId, useState, type ChangeEvent, type KeyboardEvent, type ReactNode } from 'react'
import { useEarlyText } from '../lib/use-early-text.ts'
import { XIcon } from './icons.tsx'
import { HINT_CLASSES, LABEL_CLASSES, SuggestionList } from './text-field.tsx'

/**
 * Adds the comma-separated terms of `text` to `values`: trimmed, blanks dropped, no repeats
 * (case kept as typed, since the API matches exactly), at most `max` in all.
 */
export function addChips(values: readonly string[], text: string, max: number): string[] {
  const next = [...values]
  for (const term of text.split(',').map((part) => part.trim())) {
    if (term && !next.includes(term) && next.length < max) next.push(term)
  }
  return next
}

interface ChipInputProps {
  label: ReactNode
  hint?: ReactNode
  values: readonly string[]
  /** Asked to add the comma-separated terms of a text (see `addChips`). */
  onAdd: (text: string) => void
  onRemove: (value: string) => void
  suggestions?: readonly string[]
  /** Names one value for the remove buttons, e.g. "tag" gives "Remove tag production". */
  itemName: string
  placeholder?: string
  max?: number
}

/**
 * A list of values typed one by one. The owner applies additions and removals to its latest list
 * (with `addChips`), so quick edits in a row never work on a stale copy. Enter, a comma, a picked
 * suggestion or leaving the box turns the text into a chip; Backspace in the empty box removes
 * the last one.
 */
export function ChipInput({
  label,
  hint,
  values,
  onAdd,
  onRemove,
  suggestions = [],
  itemName,
  placeholder,
  max = 20,
}: ChipInputProps) {
  const id = useId()
  const [draft, setDraft] = useState('')
  const earlyText = useEarlyText(setDraft)
  const offered = suggestions.filter((value) => !values.includes(value))
  const full = values.length >= max

  const add = (text: string) => {
    setDraft('')
    onAdd(text)
  }

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.target.value
    const lastComma = text.lastIndexOf(',')
    // The browser fills the box in one step when a suggestion is picked; typing never does.
    const inputType = (event.nativeEvent as InputEvent).inputType
    const picked = inputType === undefined || inputType === 'insertReplacementText'
    if (picked && offered.includes(text)) add(text)
    else if (lastComma !== -1) {
      onAdd(text.slice(0, lastComma))
      setDraft(text.slice(lastComma + 1).trimStart())
    } else setDraft(text)
  }

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && draft.trim()) {
      event.preventDefault()
      add(draft)
    } else if (event.key === 'Backspace' && draft === '' && values.length) {
      onRemove(values[values.length - 1]!)
    }
  }

  return (
    <div>
      <label htmlFor={id} className={LABEL_CLASSES}>
        {label}
      </label>
      <div className="chip-box">
        {values.length ? (
          <ul className="contents" aria-label={`Chosen ${itemName}s`}>
            {values.map((value) => (
              <li key={value}>
                <span className="truncate">{value}</span>
                <button
                  type="button"
                  onClick={() => onRemove(value)}
                  aria-label={`Remove ${itemName} ${value}`}
                >
                  <XIcon className="size-3" />
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <input
          id={id}
          type="text"
          value={draft}
          disabled={full}
          ref={earlyText}
          autoComplete="off"
          spellCheck={false}
          list={offered.length ? `${id}-list` : undefined}
          aria-describedby={hint ? `${id}-hint` : undefined}
          placeholder={full ? `At most ${max}` : placeholder}
          onChange={handleChange}
          onKeyDown={handleKeyDown}
          onBlur={() => draft.trim() && add(draft)}
        />
      </div>
      {offered.length ? <SuggestionList id={`${id}-list`} values={offered} /> : null}
      {hint ? (
        <p id={`${id}-hint`} className={HINT_CLASSES}>
          {hint}
        </p>
      ) : null}
    </div>
  )
}
