import { build } from 'esbuild'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

const index = fileURLToPath(new URL('../../src/index.ts', import.meta.url))

/** Bytes of `export { <names> } from 'statuskit'`, bundled and minified by esbuild, then gzipped. */
async function minGzipSize(names: string): Promise<number> {
  const result = await build({
    stdin: { contents: `export { ${names} } from ${JSON.stringify(index)}`, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  })
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).byteLength
}

it("import { conflict } from 'statuskit' bundles to at most 1 KB (min+gz)", async () => {
  expect(await minGzipSize('conflict')).toBeLessThanOrEqual(1024)
})
