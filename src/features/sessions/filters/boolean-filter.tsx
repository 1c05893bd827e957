import { SegmentedControl, type SegmentOption } from '../../../components/segmented-control.tsx'

const CHOICES: readonly SegmentOption<boolean | null>[] = [
  { value: null, label: 'Any' },
  { value: true, label: 'Yes' },
  { value: false, label: 'No' },
]

interface BooleanFilterProps {
  legend: string
  value: boolean | null
  onChange: (value: boolean | null) => void
}

/** Any / yes / no for one of the API's boolean filters. */
export function BooleanFilter({ legend, value, onChange }: BooleanFilterProps) {
  return <SegmentedControl legend={legend} options={CHOICES} value={value} onChange={onChange} />
}
