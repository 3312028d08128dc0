// The public entries of statuskit, written once. Everything that lists entries derives from
// this file: tsup.config.ts (what is built), vitest.config.ts (aliases to src/),
// eslint.config.js (the layers and their boundaries), scripts/check-size.mjs (every entry is
// measured) and scripts/check-package.mjs (every entry is loaded from the tarball).
// `node scripts/generate-entries.mjs` writes the JSON that cannot import it (package.json
// `exports` and `bin`, tsconfig.json `paths`, typedoc.json `entryPoints`); `--check` (in
// npm test) fails when they differ. Adding an entry: one line here, then that command.

/**
 * The layers, bottom first. A file imports its own layer's files and the layers below it,
 * those only through their public entries (`statuskit`, `statuskit/server`, ...); never a
 * layer above it. An adapter imports no other adapter.
 * - core: catalog, HTTP primitives, problems, classifiers; the root entry.
 * - server: the pipeline every server adapter shares, and what servers add to it.
 * - adapter: one folder per server framework.
 * - client: the fetch client.
 * - tool: guide, inspector, simulator, CLI.
 */
export const LAYERS = ['core', 'server', 'adapter', 'client', 'tool']

/**
 * Every entry: `subpath` as in package.json `exports` (the CLI is the `bin` instead),
 * `source` its file, `kind` its layer, and `folders` the folders that belong to it (by
 * default the folder of `source`).
 */
export const ENTRIES = [
  { subpath: '.', source: 'src/index.ts', kind: 'core', folders: ['src/core'] },
  { subpath: './server', source: 'src/server/pipeline/index.ts', kind: 'server' },
  { subpath: './idempotency', source: 'src/server/idempotency/index.ts', kind: 'server' },
  { subpath: './schema', source: 'src/server/schema/index.ts', kind: 'server' },
  { subpath: './express', source: 'src/adapters/express/index.ts', kind: 'adapter' },
  { subpath: './fastify', source: 'src/adapters/fastify/index.ts', kind: 'adapter' },
  { subpath: './hono', source: 'src/adapters/hono/index.ts', kind: 'adapter' },
  { subpath: './koa', source: 'src/adapters/koa/index.ts', kind: 'adapter' },
  { subpath: './nest', source: 'src/adapters/nest/index.ts', kind: 'adapter' },
  { subpath: './web', source: 'src/adapters/web/index.ts', kind: 'adapter' },
  { subpath: './fetch', source: 'src/client/fetch/index.ts', kind: 'client' },
  { subpath: './guide', source: 'src/tools/guide/index.ts', kind: 'tool' },
  { subpath: './inspect', source: 'src/tools/inspect/index.ts', kind: 'tool' },
  { subpath: './serve', source: 'src/tools/serve/index.ts', kind: 'tool' },
  { bin: 'statuskit', source: 'src/tools/cli/main.ts', kind: 'tool' },
].map((entry) => ({ ...entry, folders: entry.folders ?? [entry.source.slice(0, entry.source.lastIndexOf('/'))] }))

/** The entries a user imports (all but the CLI). */
export const MODULE_ENTRIES = ENTRIES.filter((entry) => entry.subpath !== undefined)

/** The name an import uses: `.` is `statuskit`, `./fetch` is `statuskit/fetch`. */
export function importName(entry) {
  return entry.subpath === '.' ? 'statuskit' : `statuskit/${entry.subpath.slice(2)}`
}

/** The file name in dist/ without extension: `index` for the root, else the subpath's last part. */
export function distName(entry) {
  return entry.subpath === '.' ? 'index' : (entry.bin ? 'cli' : entry.subpath.slice(2))
}
