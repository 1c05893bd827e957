import { JsonTree } from '../../../components/json-tree.tsx'
import { Missing } from '../shared/values.tsx'
import { Card } from './card.tsx'
import { CopyButton } from './copy-button.tsx'

/** An open-shaped object (configuration, tokens, step records) as a tree, copyable as JSON. */
export function JsonCard({
  title,
  value,
  openDepth = 2,
}: {
  title: string
  value: unknown
  openDepth?: number
}) {
  const empty =
    value === null ||
    value === undefined ||
    (typeof value === 'object' && Object.keys(value as object).length === 0)
  return (
    <Card
      title={title}
      actions={
        empty ? undefined : (
          <CopyButton text={JSON.stringify(value, null, 2)} label="Copy as JSON" />
        )
      }
    >
      {empty ? (
        <p className="text-sm text-slate-500 dark:text-slate-400">
          <Missing /> Nothing recorded.
        </p>
      ) : (
        <div className="max-h-[28rem] overflow-auto">
          <JsonTree value={value} openDepth={openDepth} />
        </div>
      )}
    </Card>
  )
}
