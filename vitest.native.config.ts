// The adapter contract inside Bun and Deno (scripts/test-runtimes.mjs): the aliases of
// vitest.config.ts, only the native-server contract file.
import { defineConfig } from 'vitest/config'
import base from './vitest.config.js'

export default defineConfig({
  resolve: base.resolve ?? {},
  test: { include: ['test/runtimes/*.native.ts'], testTimeout: 20_000, hookTimeout: 30_000 },
})
