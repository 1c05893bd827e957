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
    <fieldset className="min-w-0">
      <legend className="text-sm font-medium text-slate-700 dark:text-slate-200">{legend}</legend>
      <div className="mt-1 grid auto-cols-fr grid-flow-col rounded-md bg-slate-100 p-0.5 ring-1 ring-slate-200 ring-inset dark:bg-slate-800/70 dark:ring-slate-700">
        {options.map((option) => (
          <label
            key={String(option.value)}
            className="relative cursor-pointer rounded-[5px] px-2 py-1 text-center text-sm text-slate-600 select-none hover:text-slate-900 has-checked:bg-white has-checked:font-medium has-checked:text-slate-900 has-checked:shadow-sm has-focus-visible:outline-2 has-focus-visible:outline-indigo-500 dark:text-slate-300 dark:hover:text-white dark:has-checked:bg-slate-950 dark:has-checked:text-white"
          >
            <input
              type="radio"
              name={groupName}
              className="absolute inset-0 cursor-pointer appearance-none opacity-0"
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
