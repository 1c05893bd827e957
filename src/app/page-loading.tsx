/** Shown for the moment a lazily loaded page's code is on its way. */
export function PageLoading({ label }: { label: string }) {
  return (
    <div role="status" className="flex items-center gap-3 py-16 text-sm text-slate-500">
      <span className="size-4 animate-spin rounded-full border-2 border-slate-300 border-t-indigo-600" />
      {label}
    </div>
  )
}
