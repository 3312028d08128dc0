// @ts-check
/**
 * Lint for statuskit: typescript-eslint's recommended rules, and the architecture as rules.
 *
 * The layers and the folders of each entry come from scripts/entries.mjs (core, server,
 * adapter, client, tool; bottom first). For every entry's folders:
 * - no import of a layer above it (the core imports no server, adapter, client or tool file);
 * - another entry of its layer or below only through that entry's public file (`statuskit`,
 *   `statuskit/server`, ...: what a user can import), never a deep path;
 * - an adapter imports no other adapter, nor a file shared between adapters.
 * No import cycle anywhere (type-only imports are erased and do not count).
 *
 * Formatting rules stay off: they would churn every file for no behaviour.
 */
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import { importX } from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import { ENTRIES, LAYERS } from './scripts/entries.mjs'

const rank = (entry) => LAYERS.indexOf(entry.kind)
const local = (path) => `./${path}`
/** The folders an entry's zone covers, and its own file when that lies outside them (src/index.ts). */
const targetsOf = (entry) => [
  ...entry.folders.map(local),
  ...(entry.folders.some((folder) => entry.source.startsWith(`${folder}/`)) ? [] : [local(entry.source)]),
]

/** @type {import('eslint-plugin-import-x').RuleOptions} */
const zones = ENTRIES.flatMap((entry) => {
  const target = targetsOf(entry)
  const above = ENTRIES.filter((other) => rank(other) > rank(entry))
  // (Another adapter is refused whole, below.)
  const beside = ENTRIES.filter((other) => other !== entry && rank(other) <= rank(entry) && !(entry.kind === 'adapter' && other.kind === 'adapter'))
  const zonesOf = [
    ...(above.length
      ? [{ target, from: above.flatMap(targetsOf), message: `A ${entry.kind} file imports no layer above it (${LAYERS.slice(rank(entry) + 1).join(', ')}).` }]
      : []),
    // Another entry's folders, except its public file.
    ...beside.flatMap((other) =>
      other.folders.map((folder) => ({
        target,
        from: local(folder),
        except: other.source.startsWith(`${folder}/`) ? [local(other.source.slice(folder.length + 1))] : [],
        message: `Import ${other.subpath ? `'statuskit${other.subpath.slice(1)}'` : 'the entry'} (its public entry), not a deep path into ${folder}.`,
      })),
    ),
  ]
  if (entry.kind === 'adapter') {
    // No adapter imports another adapter, or a file shared between adapters (beside the folders).
    for (const folder of entry.folders) {
      const parent = folder.slice(0, folder.lastIndexOf('/'))
      zonesOf.push({
        target,
        from: local(parent),
        except: [local(folder.slice(parent.length + 1))],
        message: 'No adapter imports another adapter or a shared adapter file: move the rule into the core and export it.',
      })
    }
  }
  return zonesOf
})

/**
 * Violations in files other helpers own, found when the lint was introduced. Each is
 * reported as a warning (visible in every run) until its owner fixes it; then delete the
 * line. New code gets the error.
 */
const KNOWN_VIOLATIONS = [
  // The guide reads catalog and classifier internals (retry-strategy rows, status facts).
  { files: ['src/tools/guide/explain.ts', 'src/tools/guide/guide-sections.ts', 'src/tools/guide/list-guides.ts', 'src/tools/guide/retry-advice.ts', 'src/tools/guide/status-guide.ts'], rules: ['import-x/no-restricted-paths'] },
  { files: ['src/client/fetch/create-fetch.ts'], rules: ['@typescript-eslint/no-base-to-string'] },
  { files: ['src/client/fetch/wait.ts'], rules: ['@typescript-eslint/prefer-promise-reject-errors'] },
  { files: ['src/tools/inspect/exchange.ts', 'src/core/problem/http-problem.ts'], rules: ['@typescript-eslint/no-unnecessary-type-assertion'] },
  { files: ['src/core/problem/json-value.ts'], rules: ['@typescript-eslint/only-throw-error'] },
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
