import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { defineConfig } from 'vite'
import { firstVisitChunk } from './server/first-visit-chunk.ts'
import { precompressPlugin } from './server/precompress-plugin.ts'
import { anchorServerPlugin } from './server/vite-plugin.ts'

// The dev server serves the app and mounts the same read-only proxy as the production server
// (server/proxy.ts) on /api; without ANCHOR_API_KEY that proxy points at the local emulator.
// `vite build` makes the browser's build in dist/client; `vite build --ssr` the server-side
// entry that renders the list page (src/entry-server.tsx) in dist/server. Text files of the
// browser's build get Brotli and gzip copies beside them (server/precompress-plugin.ts).
export default defineConfig(({ command, isSsrBuild }) => ({
  resolve: { alias: command === 'build' && !isSsrBuild ? browserBuildAliases() : [] },
  plugins: [
    react(),
    tailwindcss(),
    anchorServerPlugin({ ssrEntry: '/src/entry-server.tsx' }),
    precompressPlugin(),
  ],
  server: {
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT ?? 5173),
    strictPort: true,
  },
  preview: { port: Number(process.env.PORT ?? 4173) },
  build: {
    sourcemap: false,
    outDir: isSsrBuild ? 'dist/server' : 'dist/client',
    emptyOutDir: true,
    // Assets by URL, never inlined: the server-side build would otherwise inline what the
    // client build links to (the logo), and the hydrated page would not match what was sent.
    assetsInlineLimit: 0,
    // modulepreload is a hint: a browser without it (Safari before 17) still loads every
    // module, just later. The polyfill would make every visit pay for those few.
    modulePreload: { polyfill: false },
    // .mjs: Node reads the server-side entry as a module wherever the build is put.
    rollupOptions: isSsrBuild
      ? { output: { entryFileNames: '[name].mjs', chunkFileNames: 'assets/[name]-[hash].mjs' } }
      : {
          output: {
            codeSplitting: {
              groups: [
                firstVisitChunk(import.meta.dirname, 'src/main.tsx', 'src/app/bootstrap.tsx'),
              ],
            },
          },
        },
  },
}))

/**
 * Libraries' development code out of the browser's build (0.6 KB of gzip on every visit).
 * React Router's package points every import at its development build, warnings and checks
 * switched on (remix-run/react-router#14102, open); its production build sits beside it. The
 * `shim` of use-sync-external-store (TanStack Table's store imports it) re-implements the hook
 * for React before 18; React 19 has it, and the package's plain entry uses React's own. The dev
 * server and the server's build keep the packages as published.
 */
function browserBuildAliases() {
  const routerPackage = createRequire(import.meta.url).resolve('react-router/package.json')
  return [
    {
      find: /^react-router$/,
      replacement: join(dirname(routerPackage), 'dist/production/index.mjs'),
    },
    {
      find: /^use-sync-external-store\/shim\/with-selector$/,
      replacement: 'use-sync-external-store/with-selector',
    },
  ]
}
