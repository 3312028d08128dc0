import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import { MODULE_ENTRIES, importName } from './scripts/entries.mjs'

export default defineConfig({
  resolve: {
    // The entries (scripts/entries.mjs) import the core by the package's own name; tests run them from source.
    alias: MODULE_ENTRIES.map((entry) => ({
      find: new RegExp(`^${importName(entry)}$`),
      replacement: fileURLToPath(new URL(`./${entry.source}`, import.meta.url)),
    })),
  },
  test: {
    include: ['test/**/*.test.ts'],
    typecheck: { include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
})
