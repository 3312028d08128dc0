import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** Min+gz bytes of what a bundler pulls in for `code`, built from src/. */
async function gzipBytes(code: string): Promise<number> {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  })
  const [output] = result.outputFiles
  if (!output) throw new Error('esbuild produced no output')
  return gzipSync(output.contents, { level: 9 }).length
}

describe('classify bundle size (DESIGN.md budget; scripts/check-size.mjs checks dist/)', () => {
  it("import { classifyRetry } from 'statuskit' is at most 2 KB min+gz", async () => {
    expect(await gzipBytes("export { classifyRetry } from './src/index.ts'")).toBeLessThanOrEqual(2048)
  })

  it('the whole classify API stays under 3 KB min+gz, catalog checkStatus included', async () => {
    const code =
      "export { classifyRetry, classifyMonitoring, logLevel, parseRetryAfter, backoffDelay, isIdempotentMethod } from './src/index.ts'"
    expect(await gzipBytes(code)).toBeLessThanOrEqual(3072)
  })
})
