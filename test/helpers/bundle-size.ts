// Min+gz bytes of what a bundler pulls in for one import, built from src/ with esbuild.
// scripts/check-size.mjs measures the same on dist/; these tests catch a regression
// while working on src/ without a build.
import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const index = fileURLToPath(new URL('../../src/index.ts', import.meta.url))

/** Bytes of `export { <names> } from 'statuskit'`, bundled and minified, then gzipped (-9). */
export async function minGzipSize(names: string): Promise<number> {
  const result = await build({
    stdin: { contents: `export { ${names} } from ${JSON.stringify(index)}`, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  })
  const [output] = result.outputFiles
  if (!output) throw new Error('esbuild produced no output')
  return gzipSync(output.contents, { level: 9 }).byteLength
}
