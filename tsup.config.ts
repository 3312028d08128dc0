import { defineConfig } from 'tsup'

/**
 * Every entry of the package. Non-root entries import the core as `statuskit` (the
 * package's own name), kept external here, so `HttpProblem` is one class whichever
 * entry a user loads, in ESM and in CJS alike.
 */
export const entries = {
  index: 'src/index.ts',
  guide: 'src/guide/index.ts',
  inspect: 'src/inspect/index.ts',
  express: 'src/adapters/express/index.ts',
  fastify: 'src/adapters/fastify/index.ts',
  fetch: 'src/adapters/fetch/index.ts',
  web: 'src/adapters/web/index.ts',
  hono: 'src/adapters/hono/index.ts',
  koa: 'src/adapters/koa/index.ts',
  nest: 'src/adapters/nest/index.ts',
  serve: 'src/serve/index.ts',
  schema: 'src/schema/index.ts',
  server: 'src/server/index.ts',
  idempotency: 'src/idempotency/index.ts',
}

const external = ['statuskit', /^statuskit\//, 'express', 'fastify', 'hono', /^hono\//, 'koa', '@nestjs/common', '@nestjs/core', /^@nestjs\//]

export default defineConfig([
  {
    entry: entries,
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    splitting: true,
    treeshake: true,
    target: 'es2022',
    outDir: 'dist',
    external,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    // Each command is its own chunk, loaded when it runs: `statuskit --version` stays fast.
    splitting: true,
    target: 'es2022',
    outDir: 'dist',
    external,
    banner: { js: '#!/usr/bin/env node' },
  },
])
