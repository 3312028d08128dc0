import { expect, it } from 'vitest'
import { minGzipSize } from '../../helpers/bundle-size.js'

it("import { conflict } from 'statuskit' bundles to at most 1.2 KB (min+gz)", async () => {
  expect(await minGzipSize('conflict')).toBeLessThanOrEqual(1.2 * 1024)
})
