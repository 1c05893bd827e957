import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { Plugin } from 'vite'
import { MIN_COMPRESSED_BYTES } from './compression.ts'

const brotli = promisify(brotliCompress)
const gzipped = promisify(gzip)

/** What is worth compressing: text. Images other than SVG and fonts are compressed already. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt)$/

/**
 * Writes a Brotli (`.br`) and a gzip (`.gz`) copy beside each text file of the browser's build,
 * at the highest settings, once at build time: the production server sends them as they are to
 * browsers that accept them (serveStatic's `precompressed`), so no request pays for compression.
 */
export function precompressPlugin(): Plugin {
  let outDir = ''
  let ssr = false
  return {
    name: 'anchor-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir
      ssr = Boolean(config.build.ssr)
    },
    async writeBundle(_options, bundle) {
      if (ssr) return
      const files = Object.keys(bundle).filter((name) => COMPRESSIBLE.test(name))
      await Promise.all(files.map((name) => compressFile(join(outDir, name))))
    },
  }
}

async function compressFile(path: string): Promise<void> {
  const content = await readFile(path)
  if (content.length < MIN_COMPRESSED_BYTES) return
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gzipped(content, { level: constants.Z_BEST_COMPRESSION }),
  ])
  await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)])
}
