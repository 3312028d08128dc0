import { build } from 'esbuild'
import { gzipSync } from 'node:zlib'
for (const names of process.argv.slice(2)) {
  const r = await build({ stdin: { contents: `export { ${names} } from '/work/main/src/index.ts'`, resolveDir: '/work/main', loader: 'ts' }, bundle: true, minify: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' })
  console.log(names, gzipSync(r.outputFiles[0].contents, { level: 9 }).length)
}
