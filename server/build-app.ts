import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, type InlineConfig } from 'vite'

const root = fileURLToPath(new URL('..', import.meta.url))

export interface BuiltApp {
  /** What the browser loads (`vite build`). */
  clientDir: string
  /** The server-side entry that renders the list page (`vite build --ssr`). */
  ssrEntry: string
}

/**
 * Builds the app as `npm run build` does, into `outDir` (client/ and server/), for the tests and
 * the benchmarks that serve a build of their own.
 */
export async function buildApp(
  outDir: string,
  options: Pick<InlineConfig, 'envDir' | 'logLevel'> & { manifest?: boolean } = {},
): Promise<BuiltApp> {
  const clientDir = join(outDir, 'client')
  const serverDir = join(outDir, 'server')
  const common: InlineConfig = {
    root,
    configFile: join(root, 'vite.config.ts'),
    envDir: options.envDir,
    logLevel: options.logLevel ?? 'silent',
  }
  await build({
    ...common,
    build: { outDir: clientDir, emptyOutDir: true, manifest: options.manifest ?? false },
  })
  await build({
    ...common,
    build: { outDir: serverDir, emptyOutDir: true, ssr: join(root, 'src/entry-server.tsx') },
  })
  return { clientDir, ssrEntry: join(serverDir, 'entry-server.mjs') }
}
