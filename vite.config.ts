import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { anchorProxyPlugin } from './server/vite-plugin.ts'

// The dev server serves the app and mounts the same read-only proxy as the production server
// (server/proxy.ts) on /api; without ANCHOR_API_KEY that proxy points at the local emulator.
export default defineConfig({
  plugins: [react(), tailwindcss(), anchorProxyPlugin()],
  server: {
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT ?? 5173),
    strictPort: true,
  },
  preview: { port: Number(process.env.PORT ?? 4173) },
  build: { sourcemap: false },
})
