import type { ReactNode } from 'react'
import { useLocation } from 'react-router'
import { TextField } from '../../../components/text-field.tsx'
import { useDebouncedCommit } from '../../../lib/use-debounced-commit.ts'
import { MAX_TEXT_LENGTH } from '../search-params-values.ts'

interface TextFilterProps {
  label: ReactNode
  hint?: ReactNode
  placeholder?: string
  /** The URL's value as text. */
  value: string
  onCommit: (text: string, options: { replace: boolean }) => void
  same?: (a: string, b: string) => boolean
  /** Picking one (or typing one out in full) applies at once instead of after the pause. */
  suggestions?: readonly string[]
  maxLength?: number
}

/** A text filter written to the URL after a pause in typing, on Enter or on leaving the box. */
export function TextFilter({
  suggestions,
  value,
  onCommit,
  same,
  maxLength = MAX_TEXT_LENGTH,
  ...fieldProps
}: TextFilterProps) {
  const revision = useLocation().key
  const { flush, inputProps } = useDebouncedCommit({ value, onCommit, same, revision })
  return (
    <TextField
      {...fieldProps}
      {...inputProps}
      type="search"
      maxLength={maxLength}
      suggestions={suggestions}
      onChange={(event) => {
        inputProps.onChange(event)
        if (suggestions?.includes(event.target.value)) flush(event.target.value)
      }}
    />
  )
}
