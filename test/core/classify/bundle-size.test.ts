import { describe, expect, it } from 'vitest'
import { minGzipSize } from '../../helpers/bundle-size.js'

describe('classify bundle size (DESIGN.md budget; scripts/check-size.mjs checks dist/)', () => {
  it("import { classifyRetry } from 'statuskit' is at most 2.6 KB min+gz", async () => {
    expect(await minGzipSize('classifyRetry')).toBeLessThanOrEqual(2.6 * 1024)
  })

  it('the whole classify API stays under 3.5 KB min+gz, catalog checkStatus included', async () => {
    expect(
      await minGzipSize('classifyRetry, classifyMonitoring, logLevel, parseRetryAfter, backoffDelay, isIdempotentMethod'),
    ).toBeLessThanOrEqual(3.5 * 1024)
  })
})
