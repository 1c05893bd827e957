import js from '@eslint/js'
import checkFile from 'eslint-plugin-check-file'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * The shape of the code, held by lint (the README's "How the pieces fit" draws it):
 *
 *   app ─> features/* ─> components, lib ─> contract
 *   server ─> contract          e2e, bench ─> anything (they test and measure it)
 *
 * A feature never imports another feature (the app composes them); inside the sessions
 * feature, its parts import one another only along the arrows in SESSIONS_PARTS below.
 */
const feature = (name) => `./src/features/${name}`
const sessions = (part) => `./src/features/sessions/${part}`

/** The parts of the sessions feature, and which other parts each may import. */
const SESSIONS_PARTS = {
  api: [],
  // What the table, the detail page and the summary all show: values, drill links, the way back.
  shared: ['api'],
  filters: ['api', 'shared'],
  export: ['api'],
  live: ['api'],
  table: ['api', 'filters', 'live', 'shared'],
  summary: ['api', 'export'],
  detail: ['api', 'shared'],
}

const restrictedPaths = [
  {
    target: './contract',
    from: ['./src', './server', './e2e', './bench'],
    message: 'contract/ holds the wire format alone: types and constants, no imports of code.',
  },
  { target: './src', from: './server', message: 'src/ must not import server/.' },
  {
    target: ['./src', './server'],
    from: ['./e2e', './bench'],
    message: 'Tests and benches import code, not the reverse.',
  },
  { target: './server', from: './src', message: 'server/ must not import src/.' },
  {
    target: './server/emulator',
    from: './server',
    except: ['./emulator'],
    message: 'The emulator stands alone: it may read contract/ and itself only.',
  },
  {
    target: ['./src/components', './src/lib'],
    from: ['./src/features', './src/app'],
    message: 'components/ and lib/ are generic: they never import features or the app.',
  },
  { target: './src/features', from: './src/app', message: 'Features never import the app.' },
  ...['account', 'meta', 'sessions', 'usage'].map((name) => ({
    target: feature(name),
    from: './src/features',
    except: [`./${name}`],
    message: 'A feature never imports another one: the app composes them.',
  })),
  ...Object.entries(SESSIONS_PARTS).map(([part, allowed]) => ({
    target: sessions(part),
    from: Object.keys(SESSIONS_PARTS)
      .filter((other) => other !== part && !allowed.includes(other))
      .map(sessions),
    message: `sessions/${part} may import only ${['its own files', ...allowed.map((a) => `${a}/`)].join(', ')} of the other parts (see SESSIONS_PARTS in eslint.config.js).`,
  })),
]

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/.tmp'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX, 'check-file': checkFile },
    settings: {
      'import-x/resolver-next': [createNodeResolver()],
      // Without these, import-x reads no TypeScript module and sees no cycle through one.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: restrictedPaths }],
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,js,mjs}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { '**/': 'KEBAB_CASE' }],
    },
  },
)
