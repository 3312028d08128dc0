import { build } from 'esbuild'
import { gzipSync } from 'node:zlib'
for (const root of process.argv.slice(2)) {
  const r = await build({ stdin: { contents: `export * from '${root}/src/index.ts'`, resolveDir: '/work/wt/contracts', loader: 'ts' }, bundle: true, minify: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' })
  console.log(root, gzipSync(r.outputFiles[0].contents, { level: 9 }).length)
}
