/**
 * `npm run bench:ab -- [revision] [rounds]`: the interaction figures of this working tree (B)
 * beside those of a git revision (A, HEAD by default), in interleaved rounds. On a machine whose
 * speed moves by tens of percent within an hour, a change can only be judged against its base
 * measured in the same minutes: each round measures both, in alternating order, each tree built
 * and served by its own code on the pinned emulator. Prints medians over the rounds and asserts
 * nothing.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from '@playwright/test'
import { launchBrowser } from './browser.ts'
import { repoRoot } from './bundle-size.ts'
import { appFilters, timeFilterChanges } from './filter-change.ts'
import { onPage } from './interactions.ts'
import { timePageChanges } from './page-change.ts'
import { BENCH_EMULATOR_ENV, BENCH_PORT } from './servers.ts'
import { spread } from './stats.ts'
import { typeOnce } from './typing.ts'

const revision = process.argv[2] ?? 'HEAD'
const rounds = Number(process.argv[3] ?? 6)
const baseTree = join(repoRoot, 'bench/.tmp/ab-base')
/** Beside the two of `npm run bench` (BENCH_PORT and the next; by default 5441). */
const PORTS = { A: BENCH_PORT + 2, B: BENCH_PORT + 3 } as const
const PAGE_CHANGES_PER_ROUND = 10
const SERVER_START_TIMEOUT_MS = 60_000

type Tree = keyof typeof PORTS

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}`)
}

/** The base revision in a worktree of its own, sharing this tree's node_modules. */
function checkOutBase(): void {
  if (existsSync(baseTree)) run('git', ['worktree', 'remove', '--force', baseTree], repoRoot)
  run('git', ['worktree', 'add', '--detach', baseTree, revision], repoRoot)
  symlinkSync(join(repoRoot, 'node_modules'), join(baseTree, 'node_modules'))
}

function build(cwd: string): void {
  run('npx', ['vite', 'build', '--logLevel', 'warn'], cwd)
  run('npx', ['vite', 'build', '--ssr', 'src/entry-server.tsx', '--logLevel', 'warn'], cwd)
}

/** `npm run serve` of a tree, on its port; resolves once it answers. */
async function serve(cwd: string, port: number): Promise<ChildProcess> {
  const server = spawn('npx', ['tsx', 'server/serve.ts'], {
    cwd,
    env: { ...process.env, ...BENCH_EMULATOR_ENV, PORT: String(port), HOST: '127.0.0.1' },
    stdio: 'ignore',
    detached: true,
  })
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS
  while (Date.now() < deadline) {
    const answered = await fetch(`http://127.0.0.1:${port}/api/meta`).then(
      (response) => response.ok,
      () => false,
    )
    if (answered) return server
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`the server of ${cwd} did not answer on port ${port}`)
}

const treeUrl = (tree: Tree, path: string) => `http://127.0.0.1:${PORTS[tree]}${path}`

/** One round's figures of one tree: each is a median or a p95 of that round's inputs. */
async function measureRound(browser: Browser, tree: Tree): Promise<Record<string, number>> {
  const pages = await onPage(browser, treeUrl(tree, '/'), (page) =>
    timePageChanges(page, PAGE_CHANGES_PER_ROUND),
  )
  const [filters] = await onPage(browser, treeUrl(tree, '/'), (page) =>
    timeFilterChanges([appFilters(page)]),
  )
  const typing = await onPage(browser, treeUrl(tree, '/?limit=50'), (page) =>
    typeOnce(browser, page),
  )
  return {
    'page change p50, ms': spread(pages).p50,
    'filter change p50, ms': spread(filters!).p50,
    'filter change p95, ms': spread(filters!).p95,
    'typing, longest task, ms': typing.longestTaskMs,
    'typing, last key to rows, ms': typing.lastKeyToRowsMs,
  }
}

const median = (values: number[]) => spread(values).p50

checkOutBase()
const servers: ChildProcess[] = []
try {
  console.log(`bench:ab: building ${revision} (A) and this working tree (B)…`)
  build(baseTree)
  build(repoRoot)
  servers.push(await serve(baseTree, PORTS.A), await serve(repoRoot, PORTS.B))
  const browser = await launchBrowser()
  const figures: Record<Tree, Record<string, number[]>> = { A: {}, B: {} }
  try {
    for (let round = 0; round < rounds; round++) {
      // Alternating order, so the slow moments of the machine fall on both alike.
      for (const tree of round % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const)) {
        for (const [name, value] of Object.entries(await measureRound(browser, tree))) {
          ;(figures[tree][name] ??= []).push(value)
        }
      }
      console.log(`bench:ab: round ${round + 1} of ${rounds} done`)
    }
  } finally {
    await browser.close()
  }
  console.log(`\nMedians over ${rounds} interleaved rounds; A = ${revision}, B = working tree\n`)
  console.log('| figure | A | B | B/A |\n|---|---|---|---|')
  for (const name of Object.keys(figures.A)) {
    const a = median(figures.A[name]!)
    const b = median(figures.B[name]!)
    console.log(`| ${name} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${(b / a).toFixed(2)} |`)
  }
} finally {
  for (const server of servers) process.kill(-server.pid!)
  run('git', ['worktree', 'remove', '--force', baseTree], repoRoot)
}
