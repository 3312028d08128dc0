#!/usr/bin/env node
// Counts the public names of every entry of the BUILT package (run `npm run build` first):
// values are the keys of the ESM module at runtime, types the type-only exports of its .d.ts.
// Usage: node scripts/count-public-names.mjs [--list] [--json]
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'

const root = fileURLToPath(new URL('../', import.meta.url))
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const list = process.argv.includes('--list')
const json = process.argv.includes('--json')

const entries = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target === 'object')
  .map(([subpath, target]) => ({
    name: subpath === '.' ? 'statuskit' : `statuskit/${subpath.slice(2)}`,
    js: join(root, target.import.default),
    dts: join(root, target.import.types),
  }))

const program = ts.createProgram({
  rootNames: entries.map((entry) => entry.dts),
  options: { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, skipLibCheck: true, noEmit: true },
})
const checker = program.getTypeChecker()

const rows = []
for (const entry of entries) {
  const values = Object.keys(await import(pathToFileURL(entry.js).href)).sort()
  const source = program.getSourceFile(entry.dts)
  const moduleSymbol = source && checker.getSymbolAtLocation(source)
  if (!moduleSymbol) throw new Error(`no declarations at ${entry.dts}`)
  const types = checker
    .getExportsOfModule(moduleSymbol)
    .map((symbol) => symbol.getName())
    .filter((name) => !values.includes(name))
    .sort()
  rows.push({ entry: entry.name, values, types })
}

if (json) {
  process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`)
} else {
  let total = 0
  for (const { entry, values, types } of rows) {
    total += values.length + types.length
    process.stdout.write(`${entry.padEnd(22)} ${String(values.length).padStart(3)} values ${String(types.length).padStart(3)} types ${String(values.length + types.length).padStart(4)} names\n`)
    if (list) process.stdout.write(`  values: ${values.join(', ')}\n  types:  ${types.join(', ')}\n`)
  }
  process.stdout.write(`${'all entries'.padEnd(22)} ${String(total).padStart(25)} names\n`)
}
