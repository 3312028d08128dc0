import { defineConfig } from 'tsup'
import { ENTRIES, MODULE_ENTRIES, distName } from './scripts/entries.mjs'

/**
 * Every entry of the package (scripts/entries.mjs). Non-root entries import the core as
 * `statuskit` (the package's own name), kept external here, so `HttpProblem` is one class
 * whichever entry a user loads, in ESM and in CJS alike.
 */
export const entries = Object.fromEntries(MODULE_ENTRIES.map((entry) => [distName(entry), entry.source]))

/** The CLI (the package's `bin`). */
const cli = Object.fromEntries(ENTRIES.filter((entry) => entry.bin).map((entry) => [distName(entry), entry.source]))

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
    entry: cli,
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
