import { basename, extname, resolve } from 'node:path'

interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null
}

/** Every module `root` reaches through static imports, itself included. */
function staticClosure(graph: ModuleGraph, root: string): Set<string> {
  const seen = new Set<string>()
  const pending = [root]
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (seen.has(id)) continue
    seen.add(id)
    pending.push(...(graph.getModuleInfo(id)?.importedIds ?? []))
  }
  return seen
}

/**
 * The code a visit to `/` runs, as one chunk instead of a dozen: each file is compressed on its
 * own, so a first visit split into 20 files paid some 5 KB of gzip for the seams alone. The
 * chunk holds the app's start (`appRoot`, imported lazily by the tiny entry `entryRoot`) and
 * what it reaches statically, less the entry and what it imports (one chunk, `start`, which
 * must not pull the app in), and is named after the start (bootstrap-[hash].js). Code only a
 * lazy import reaches stays in its own chunk.
 */
export function firstVisitChunk(root: string, entryRoot: string, appRoot: string) {
  const [entry, app] = [resolve(root, entryRoot), resolve(root, appRoot)]
  const appChunk = basename(app, extname(app))
  let entryCode: Set<string> | undefined
  let appCode: Set<string> | undefined
  return {
    debugName: 'first visit',
    name: (id: string, graph: ModuleGraph) => {
      entryCode ??= staticClosure(graph, entry)
      appCode ??= staticClosure(graph, app)
      if (entryCode.has(id)) return 'start'
      return appCode.has(id) ? appChunk : null
    },
    // The entry's imports are a closed set apart from the chunk: nothing to pull in with it.
    includeDependenciesRecursively: false,
  }
}
