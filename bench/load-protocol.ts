/**
 * The load benches' server child (load-server.ts) and its parent (load.ts, load-soak.ts): the
 * messages between them and the parent's side of the conversation. The server runs in a child
 * process so its memory figures are its own, not the load generator's.
 */
import { fork } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export type Memory = { rss: number; heapUsed: number }
export type ToChild = 'peak' | 'gc' | 'close'
export type FromChild = { url: string } | { memory: Memory; peak?: Memory }

export const REQUEST_TIMEOUT_MS = 15_000

export const distDir = fileURLToPath(new URL('../dist/client', import.meta.url))
export const ssrEntry = fileURLToPath(new URL('../dist/server/entry-server.mjs', import.meta.url))

export function memory(): Memory {
  const { rss, heapUsed } = process.memoryUsage()
  return { rss, heapUsed }
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

export interface ServerChild {
  url: string
  /** Memory now, after a full garbage collection. */
  gc: () => Promise<Memory>
  /** Memory now and the highest seen (sampled every 25 ms) since the start. */
  peak: () => Promise<{ memory: Memory; peak: Memory }>
  close: () => void
}

/** Starts the production server (and its emulator) in a child; `render` adds server renders. */
export async function startServerChild(options: { render: boolean }): Promise<ServerChild> {
  if (!existsSync(`${distDir}/index.html`) || !existsSync(ssrEntry)) {
    console.error('dist/ is missing: run `npm run build` first.')
    process.exit(1)
  }
  const child = fork(
    fileURLToPath(new URL('./load-server.ts', import.meta.url)),
    options.render ? ['--render'] : [],
    { execArgv: ['--import', 'tsx', '--expose-gc'] },
  )
  const replies: Array<(message: FromChild) => void> = []
  child.on('message', (message: FromChild) => replies.shift()?.(message))
  const next = () => new Promise<FromChild>((resolve) => replies.push(resolve))
  const ask = async (message: ToChild) => {
    const reply = next()
    child.send(message)
    return (await reply) as { memory: Memory; peak?: Memory }
  }
  const { url } = (await next()) as { url: string }
  return {
    url,
    gc: async () => (await ask('gc')).memory,
    peak: async () => {
      const reply = await ask('peak')
      return { memory: reply.memory, peak: reply.peak ?? reply.memory }
    },
    close: () => child.send('close'),
  }
}
