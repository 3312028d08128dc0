import { build } from 'esbuild'
import { gzipSync } from 'node:zlib'
import { readFileSync } from 'node:fs'
const drop = process.argv.slice(2)
let src = readFileSync('/work/wt/contracts/src/index.ts', 'utf8').replaceAll("'./", "'/work/wt/contracts/src/")
for (const d of drop) src = src.split('\n').filter((l) => !l.includes(d)).join('\n')
const r = await build({ stdin: { contents: src, resolveDir: '/work/wt/contracts', loader: 'ts' }, bundle: true, minify: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' })
console.log(drop.join(','), gzipSync(r.outputFiles[0].contents, { level: 9 }).length, r.outputFiles[0].contents.length)
