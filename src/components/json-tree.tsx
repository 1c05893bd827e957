/**
 * A JSON value as a readable, collapsible tree. Objects and arrays are native
 * `<details>` elements, so they open and close by keyboard without any script; values are
 * rendered as text (never as HTML).
 */
export function JsonTree({ value, openDepth = 2 }: { value: unknown; openDepth?: number }) {
  return (
    <div className="font-mono text-[13px] leading-6">
      <JsonNode name={null} value={value} depth={0} openDepth={openDepth} />
    </div>
  )
}

interface NodeProps {
  name: string | null
  value: unknown
  depth: number
  openDepth: number
}

function JsonNode({ name, value, depth, openDepth }: NodeProps) {
  const isArray = Array.isArray(value)
  const isObject = typeof value === 'object' && value !== null
  if (!isObject) {
    return (
      <div className="flex gap-1.5 pl-5">
        {name !== null && <Key name={name} />}
        <Scalar value={value} />
      </div>
    )
  }
  const entries: [string, unknown][] = isArray
    ? value.map((item, index) => [String(index), item])
    : Object.entries(value)
  const summary = isArray ? `[${entries.length}]` : `{${entries.length}}`
  if (entries.length === 0) {
    return (
      <div className="flex gap-1.5 pl-5">
        {name !== null && <Key name={name} />}
        <span className="text-slate-500 dark:text-slate-400">{isArray ? '[ ]' : '{ }'}</span>
      </div>
    )
  }
  return (
    <details open={depth < openDepth} className="group/json">
      <summary className="flex cursor-pointer list-none gap-1.5 rounded marker:hidden hover:bg-slate-100 dark:hover:bg-slate-800/70 [&::-webkit-details-marker]:hidden">
        <span
          aria-hidden="true"
          className="inline-block w-3.5 text-slate-400 transition-transform group-open/json:rotate-90"
        >
          ▸
        </span>
        {name !== null ? (
          <Key name={name} />
        ) : (
          <span className="text-slate-500 dark:text-slate-400">root</span>
        )}
        <span className="text-slate-500 dark:text-slate-400">{summary}</span>
      </summary>
      <div className="ml-[7px] border-l border-slate-200 pl-2 dark:border-slate-700">
        {entries.map(([key, item]) => (
          <JsonNode key={key} name={key} value={item} depth={depth + 1} openDepth={openDepth} />
        ))}
      </div>
    </details>
  )
}

function Key({ name }: { name: string }) {
  return <span className="text-slate-600 dark:text-slate-400">{name}:</span>
}

function Scalar({ value }: { value: unknown }) {
  if (typeof value === 'string') {
    return <span className="break-all text-emerald-700 dark:text-emerald-400">"{value}"</span>
  }
  if (typeof value === 'number') {
    return <span className="text-sky-700 tabular-nums dark:text-sky-400">{String(value)}</span>
  }
  if (typeof value === 'boolean') {
    return <span className="text-violet-700 dark:text-violet-400">{String(value)}</span>
  }
  return <span className="text-slate-500 dark:text-slate-400">null</span>
}
