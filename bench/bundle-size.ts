/**
 * Builds the app and the bare floor app with Vite's JS API and measures the JavaScript `/`
 * loads, gzipped. For the app that is what a real visit fetches (its tiny entry imports the
 * app itself; what opens on demand loads only then), recorded in Chromium; the floor has no
 * lazy code, so its index.html's scripts are all it loads.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import type { Browser } from '@playwright/test'
import { build } from 'vite'
import { buildApp } from '../server/build-app.ts'

export const repoRoot = fileURLToPath(new URL('..', import.meta.url))
export const appDist = join(repoRoot, 'bench/.tmp/app/client')
/** The app's server-side entry, which renders the list page with its rows (src/entry-server.tsx). */
export const appSsrEntry = join(repoRoot, 'bench/.tmp/app/server/entry-server.mjs')
const floorRoot = join(repoRoot, 'bench/floor/bundle')
const floorDist = join(repoRoot, 'bench/.tmp/floor-bundle')

export interface BundleFigures {
  /** gzip KB of the JS `/` loads before it can render, and the files it is made of. */
  app: { gzipKb: number; rawKb: number; files: string[]; lazyChunks: string[] }
  /** KB of the server-rendered HTML of `/` with its first page of rows, uncompressed. */
  htmlKb: number
  floor: { gzipKb: number; rawKb: number; files: string[] }
}

/** The same config file (plugins, targets, minifier) as the app; only root and output differ. */
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

function measure(distDir: string, files: string[]) {
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

/** Chunks only a dynamic import reaches that a visit to `/` did not load (detail page, chart…). */
function lazyChunks(distDir: string, loaded: string[]): string[] {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    { file: string; isDynamicEntry?: boolean }
  >
  return Object.entries(manifest)
    .filter(([, chunk]) => chunk.isDynamicEntry && !loaded.includes(`/${chunk.file}`))
    .map(([source]) => source)
}

/** Builds both (the app as `npm run build` does); bench/servers.ts then serves the app. */
export async function buildBundles(): Promise<void> {
  await buildApp(join(repoRoot, 'bench/.tmp/app'), { logLevel: 'error', manifest: true })
  await viteBuild(floorRoot, floorDist)
}

/** Every .js file a visit to `appUrl` fetches until its rows are shown and the network rests. */
async function scriptsLoadedBy(browser: Browser, appUrl: string): Promise<string[]> {
  const page = await browser.newPage()
  const scripts = new Set<string>()
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname
    if (path.endsWith('.js')) scripts.add(path)
  })
  try {
    await page.goto(appUrl, { waitUntil: 'networkidle' })
    await page.waitForFunction(() => performance.getEntriesByName('sessions:rows-visible').length)
  } finally {
    await page.close()
  }
  return [...scripts].sort()
}

export async function measureBundles(browser: Browser, appUrl: string): Promise<BundleFigures> {
  const loaded = await scriptsLoadedBy(browser, appUrl)
  // fetch() decodes what the server compressed: the bytes the browser parses.
  const html = await (await fetch(`${appUrl}/`)).arrayBuffer()
  return {
    app: { ...measure(appDist, loaded), lazyChunks: lazyChunks(appDist, loaded) },
    htmlKb: Math.round(html.byteLength / 102.4) / 10,
    floor: measure(floorDist, eagerScripts(floorDist)),
  }
}
