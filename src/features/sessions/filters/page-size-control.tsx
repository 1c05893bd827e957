import { PAGE_SIZES, type PageSize } from '../../../../contract/anchor-api.ts'
import { SegmentedControl } from '../../../components/segmented-control.tsx'

const OPTIONS = PAGE_SIZES.map((size) => ({ value: size, label: String(size) }))

interface PageSizeControlProps {
  value: PageSize
  onChange: (value: PageSize) => void
}

/** Rows per page: the same `limit` the pagination bar writes. */
export function PageSizeControl({ value, onChange }: PageSizeControlProps) {
  return (
    <SegmentedControl legend="Rows per page" options={OPTIONS} value={value} onChange={onChange} />
  )
}
