import { build } from 'esbuild'
import { gzipSync } from 'node:zlib'
const [names, ...externals] = process.argv.slice(2)
const r = await build({ stdin: { contents: `export { ${names} } from '/work/wt/contracts/src/index.ts'`, resolveDir: '/work/wt/contracts', loader: 'ts' }, bundle: true, minify: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' })
const text = new TextDecoder().decode(r.outputFiles[0].contents)
console.log(text)
