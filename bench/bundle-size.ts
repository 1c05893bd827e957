/**
 * Builds the app and the bare floor app with Vite's JS API and measures the JavaScript `/`
 * loads eagerly: the module scripts and modulepreloads of each index.html, gzipped.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'

export const repoRoot = fileURLToPath(new URL('..', import.meta.url))
export const appDist = join(repoRoot, 'bench/.tmp/app')
const floorRoot = join(repoRoot, 'bench/floor/bundle')
const floorDist = join(repoRoot, 'bench/.tmp/floor-bundle')

export interface BundleFigures {
  /** gzip KB of the JS `/` loads before it can render, and the files it is made of. */
  app: { gzipKb: number; rawKb: number; files: string[]; lazyChunks: string[] }
  floor: { gzipKb: number; rawKb: number; files: string[] }
}

/** The same config file (plugins, targets, minifier) for both; only root and output differ. */
async function viteBuild(root: string, outDir: string): Promise<void> {
  await build({
    configFile: join(repoRoot, 'vite.config.ts'),
    root,
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, manifest: true },
  })
}

/** What index.html makes the browser fetch as JavaScript before anything else runs. */
export function eagerScripts(distDir: string): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8')
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? []
  const urls = tags.flatMap((tag) => {
    const isModule = tag.startsWith('<script') && /type="module"/.test(tag)
    const isPreload = tag.startsWith('<link') && /rel="modulepreload"/.test(tag)
    const url = /(?:src|href)="([^"]+)"/.exec(tag)?.[1]
    return (isModule || isPreload) && url ? [url] : []
  })
  return [...new Set(urls)]
}

function measure(distDir: string) {
  const files = eagerScripts(distDir)
  let raw = 0
  let gzip = 0
  for (const file of files) {
    const bytes = readFileSync(join(distDir, file.replace(/^\//, '')))
    raw += bytes.length
    gzip += gzipSync(bytes, { level: 9 }).length
  }
  const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10
  return { gzipKb: kb(gzip), rawKb: kb(raw), files }
}

/** Chunks only a dynamic import reaches (detail page, chart, export): not paid for by `/`. */
function lazyChunks(distDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    { isDynamicEntry?: boolean }
  >
  return Object.entries(manifest)
    .filter(([, chunk]) => chunk.isDynamicEntry)
    .map(([source]) => source)
}

export async function measureBundles(): Promise<BundleFigures> {
  await viteBuild(repoRoot, appDist)
  await viteBuild(floorRoot, floorDist)
  return {
    app: { ...measure(appDist), lazyChunks: lazyChunks(appDist) },
    floor: measure(floorDist),
  }
}
