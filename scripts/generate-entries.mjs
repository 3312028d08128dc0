// Writes what the entries list (scripts/entries.mjs) gives to the JSON files that cannot
// import it: package.json `exports` and `bin`, tsconfig.json `paths` (the entries resolved
// to src/ for tsc and eslint) and typedoc.json `entryPoints`. `--check` writes nothing and
// exits 1 when one of them differs (npm test runs it).
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { ENTRIES, MODULE_ENTRIES, distName, importName } from './entries.mjs'

const root = resolve(import.meta.dirname, '..')

/** package.json `exports`: ESM and CJS, each with its declarations. */
function exportsField() {
  const field = {}
  for (const entry of MODULE_ENTRIES) {
    const name = distName(entry)
    field[entry.subpath] = {
      import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` },
      require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` },
    }
  }
  field['./package.json'] = './package.json'
  return field
}

/** Each JSON file with the fields the entries give, as [path, edit(json)]. */
export const EDITS = [
  [
    'package.json',
    (pkg) => {
      pkg.exports = exportsField()
      pkg.bin = Object.fromEntries(ENTRIES.filter((entry) => entry.bin).map((entry) => [entry.bin, `./dist/${distName(entry)}.js`]))
    },
  ],
  [
    'tsconfig.json',
    (config) => {
      config.compilerOptions.paths = Object.fromEntries(MODULE_ENTRIES.map((entry) => [importName(entry), [`./${entry.source}`]]))
    },
  ],
  [
    'typedoc.json',
    (config) => {
      config.entryPoints = MODULE_ENTRIES.map((entry) => entry.source)
    },
  ],
]

/** Every file the entries give, as path → expected text, with the text on disk. */
export function entryFiles() {
  return EDITS.map(([path, edit]) => {
    const current = readFileSync(resolve(root, path), 'utf8')
    const json = JSON.parse(current)
    edit(json)
    return { path, current, text: `${JSON.stringify(json, null, 2)}\n` }
  })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check')
  let stale = 0
  for (const { path, current, text } of entryFiles()) {
    if (current === text) continue
    if (check) {
      stale++
      console.error(`stale: ${path} (run \`node scripts/generate-entries.mjs\`)`)
    } else {
      writeFileSync(resolve(root, path), text)
      console.log(`wrote ${path}`)
    }
  }
  if (check) console.log(stale ? `generate-entries --check: ${stale} stale file(s)` : `generate-entries --check: ${EDITS.length} files match scripts/entries.mjs`)
  process.exitCode = stale ? 1 : 0
}
