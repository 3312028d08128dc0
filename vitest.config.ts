import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const src = (path: string): string => fileURLToPath(new URL(`./src/${path}`, import.meta.url))

export default defineConfig({
  resolve: {
    // The entries import the core by the package's own name; tests run them from source.
    alias: [
      { find: /^statuskit$/, replacement: src('index.ts') },
      { find: /^statuskit\/guide$/, replacement: src('guide/index.ts') },
      { find: /^statuskit\/inspect$/, replacement: src('inspect/index.ts') },
      { find: /^statuskit\/express$/, replacement: src('adapters/express/index.ts') },
      { find: /^statuskit\/fastify$/, replacement: src('adapters/fastify/index.ts') },
      { find: /^statuskit\/fetch$/, replacement: src('adapters/fetch/index.ts') },
      { find: /^statuskit\/serve$/, replacement: src('serve/index.ts') },
      { find: /^statuskit\/schema$/, replacement: src('schema/index.ts') },
      { find: /^statuskit\/server$/, replacement: src('server/index.ts') },
      { find: /^statuskit\/web$/, replacement: src('adapters/web/index.ts') },
      { find: /^statuskit\/hono$/, replacement: src('adapters/hono/index.ts') },
      { find: /^statuskit\/koa$/, replacement: src('adapters/koa/index.ts') },
      { find: /^statuskit\/idempotency$/, replacement: src('idempotency/index.ts') },
      { find: /^statuskit\/nest$/, replacement: src('adapters/nest/index.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    typecheck: { include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
})
