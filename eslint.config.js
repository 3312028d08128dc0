// @ts-check
/**
 * Lint for statuskit: typescript-eslint's recommended rules, and the architecture as rules.
 *
 * Layers (STYLE §2), from the bottom:
 * - core: src/catalog, src/http, src/problem, src/classify, src/server, and the root entry
 *   src/index.ts. The core imports nothing above it: no adapter, CLI, serve, inspect or guide file.
 * - adapters: src/adapters/<name>/ (express, fastify, fetch, and the coming web, hono, nest,
 *   koa). An adapter uses the core only as a user can: through the public entry `statuskit`
 *   (src/index.ts) or src/server/index.ts, never a deep path; and no adapter imports another
 *   adapter or a file shared between adapters.
 * - tools: src/guide, src/inspect, src/serve, src/cli; they too import the core only through
 *   the public entry.
 * No import cycle anywhere (type-only imports are erased and do not count).
 *
 * Formatting rules stay off: they would churn every file for no behaviour.
 */
import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import { importX } from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'

const CORE = ['src/catalog', 'src/http', 'src/problem', 'src/classify', 'src/server']
const ABOVE_CORE = ['src/adapters', 'src/cli', 'src/serve', 'src/inspect', 'src/guide', 'src/idempotency']

// Every adapter folder, the ones on disk and the ones being written.
const ADAPTERS = [
  ...new Set([
    ...readdirSync(new URL('./src/adapters/', import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name),
    'express',
    'fastify',
    'fetch',
    'web',
    'hono',
    'nest',
    'koa',
  ]),
].sort()

/** @type {import('eslint-plugin-import-x').RuleOptions} */
const zones = [
  // The core imports no layer above it.
  ...CORE.map((target) => ({
    target: `./${target}`,
    from: ABOVE_CORE.map((from) => `./${from}`),
    message: 'The core imports no adapter, CLI, serve, inspect or guide file (STYLE §2).',
  })),
  ...ADAPTERS.flatMap((name) => [
    // An adapter reaches the core through the public entry only (src/index.ts is outside these folders).
    {
      target: `./src/adapters/${name}`,
      from: CORE.map((from) => `./${from}`),
      except: ['./index.ts'],
      message: "Adapters import the core through the public entry ('statuskit', or src/server/index.ts), not a deep path.",
    },
    // ...and imports no other adapter, nor a file shared between adapters.
    {
      target: `./src/adapters/${name}`,
      from: './src/adapters',
      except: [`./${name}`],
      message: 'No adapter imports another adapter or a shared adapter file: move the rule into the core and export it.',
    },
    {
      target: `./src/adapters/${name}`,
      from: ['./src/cli', './src/serve', './src/inspect', './src/guide'],
      message: 'Adapters import no tool (CLI, serve, inspect, guide).',
    },
  ]),
  // The tools (guide, inspect, serve, CLI) and statuskit/idempotency (whose public entry
  // the adapters import) also use the core only as a user can, so each
  // entry's bundle imports 'statuskit' instead of carrying a copy (tsup.config.ts).
  ...['src/guide', 'src/inspect', 'src/serve', 'src/cli', 'src/idempotency'].map((target) => ({
    target: `./${target}`,
    from: CORE.map((from) => `./${from}`),
    // src/server/index.ts is the public entry statuskit/server.
    except: ['./index.ts'],
    message: "Tools import the core through the public entries ('statuskit', 'statuskit/server'), not a deep path.",
  })),
]

/**
 * Violations in files other helpers own, found when the lint was introduced. Each is
 * reported as a warning (visible in every run) until its owner fixes it; then delete the
 * line. New code gets the error.
 */
const KNOWN_VIOLATIONS = [
  // The guide reads catalog and classifier internals (retry-strategy rows, status facts).
  { files: ['src/guide/explain.ts', 'src/guide/guide-sections.ts', 'src/guide/list-guides.ts', 'src/guide/retry-advice.ts', 'src/guide/status-guide.ts'], rules: ['import-x/no-restricted-paths'] },
  { files: ['src/adapters/fetch/create-fetch.ts'], rules: ['@typescript-eslint/no-base-to-string'] },
  { files: ['src/adapters/fetch/wait.ts'], rules: ['@typescript-eslint/prefer-promise-reject-errors'] },
  { files: ['src/inspect/exchange.ts', 'src/problem/http-problem.ts'], rules: ['@typescript-eslint/no-unnecessary-type-assertion'] },
  { files: ['src/problem/json-value.ts'], rules: ['@typescript-eslint/only-throw-error'] },
]

const NODE_GLOBALS = Object.fromEntries(
  ['process', 'console', 'URL', 'setTimeout', 'clearTimeout', 'fetch', 'Response', 'Request', 'Headers',
    'AbortController', 'TextEncoder', 'TextDecoder', 'Buffer', 'performance'].map((name) => [name, 'readonly']),
)

export default tseslint.config(
  {
    ignores: ['dist/**', 'docs/api/**', 'node_modules/**', '.tmp/**', 'coverage/**', 'runtimes/**', 'bench/**', 'test/fixtures/next-app/.next/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The shipped code also gets the rules that need types (about 20 s on one core).
    files: ['src/**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    plugins: { 'import-x': importX },
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    settings: {
      // Read .ts files when following imports (no-cycle parses each file it walks).
      'import-x/extensions': ['.ts', '.mts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.mts'] },
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-restricted-paths': ['error', { zones }],
      // Unused names are allowed when they say so with a leading underscore.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // Matching control characters is the point of the terminal sanitizer and its tests.
      'no-control-regex': 'off',
    },
  },
  {
    // Scripts and test helpers written in JavaScript are Node programs (and test-runtimes
    // hands callbacks to a browser page).
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...NODE_GLOBALS, window: 'readonly' } },
  },
  ...KNOWN_VIOLATIONS.map(({ files, rules }) => ({
    files,
    rules: Object.fromEntries(rules.map((rule) => [rule, rule === 'import-x/no-restricted-paths' ? ['warn', { zones }] : 'warn'])),
  })),
)
