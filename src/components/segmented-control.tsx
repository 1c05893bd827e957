import { useId } from 'react'

export interface SegmentOption<T> {
  value: T
  label: string
}

interface SegmentedControlProps<T> {
  legend: string
  options: readonly SegmentOption<T>[]
  value: T
  onChange: (value: T) => void
  /** Tells apart the radio groups of the same legend on one page (sidebar and sheet). */
  name?: string
}

/**
 * A row of mutually exclusive choices. Native radios under a fieldset, so arrow keys move
 * between them and a screen reader announces the group, styled as one segmented button.
 */
export function SegmentedControl<T>({
  legend,
  options,
  value,
  onChange,
  name,
}: SegmentedControlProps<T>) {
  const fallbackName = useId()
  const groupName = name ?? fallbackName
  return (
    // Styled from its one class (src/styles/controls.css): legend, track, choices, radios.
    <fieldset className="segmented">
      <legend>{legend}</legend>
      <div>
        {options.map((option) => (
          <label key={String(option.value)}>
            <input
              type="radio"
              name={groupName}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
