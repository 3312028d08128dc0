#!/usr/bin/env node
// Docs that run. Every ```ts (or ```typescript) block of README.md and docs/*.md is written
// to a temporary project (.tmp/docs-check/) and type-checked with `strict` against the BUILT
// package (node_modules/statuskit there links to this repository: run `npm run build` first).
// docs/status/ is generated from the guide and checked by its own test.
//
// What a block's info string may add after `ts`:
//   file=NAME.ts     the module's name, so that other blocks of the same file import it
//                    (`import { versionConflict } from './problems.js'`); otherwise block-<line>.ts
//   fragment         a piece of a longer example: the names it uses from the root entry
//                    ('statuskit') are imported for it; everything else must be defined
//   skip: REASON     not checked; the reason is in the file, for the reader too
//   runnable         run with node after the check; it must exit 0 within 20 s, and print
//                    exactly the ```text output block that comes next, if there is one (before any other block)
//   runnable server  exports `app` (an Express app or a Fastify instance): started on
//                    127.0.0.1 with a random port, and every other runnable block of the same
//                    file is run against it with https://api.example.com replaced by its origin
//
// Usage: node scripts/check-docs.mjs [file.md ...]   (default: README.md docs/*.md)
import { spawn } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'
import { findTypeScriptBlocks } from './check-docs-blocks.mjs'

const root = fileURLToPath(new URL('../', import.meta.url))
// CHECK_DOCS_WORK: another folder under the repository (its tests use one of their own).
const work = process.env.CHECK_DOCS_WORK ?? join(root, '.tmp', 'docs-check')
const RUN_TIMEOUT_MS = 20_000
const EXAMPLE_ORIGIN = 'https://api.example.com'

const docs = process.argv.length > 2
  ? process.argv.slice(2)
  : ['README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).sort().map((name) => `docs/${name}`)]

const failures = []
const fail = (where, message) => failures.push(`${where}: ${message}`)

// 1. Extract.
rmSync(work, { recursive: true, force: true })
mkdirSync(join(work, 'node_modules'), { recursive: true })
symlinkSync(root, join(work, 'node_modules', 'statuskit'), 'dir')
writeFileSync(join(work, 'package.json'), '{ "private": true, "type": "module" }\n')
writeFileSync(
  join(work, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      strict: true,
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      types: ['node'],
      skipLibCheck: false,
      // As in every Nest app (the Nest CLI's tsconfig): the statuskit/nest examples use
      // Nest's and class-validator's decorators. No other block has a decorator.
      experimentalDecorators: true,
      emitDecoratorMetadata: true,
      rootDir: 'src',
      outDir: 'out',
    },
    include: ['src'],
  }, null, 2),
)

const rootNames = Object.keys(await import(pathToFileURL(join(root, 'dist', 'index.js')).href))
/** source file → { block, prelude lines } */
const sources = new Map()
const blocks = []
let skipped = 0
for (const doc of docs) {
  const found = findTypeScriptBlocks(doc, readFileSync(join(root, doc), 'utf8'))
  const folder = join(work, 'src', doc.replace(/\.md$/, '').replace(/[^A-Za-z0-9]+/g, '-').toLowerCase())
  mkdirSync(folder, { recursive: true })
  for (const block of found) {
    if (block.skip) {
      skipped++
      continue
    }
    let prelude = ''
    if (block.fragment) {
      const used = rootNames.filter((name) => new RegExp(`(?<![\\w$.])${name.replace('$', '\\$')}(?![\\w$])`).test(block.code))
      if (used.length > 0) prelude = `import { ${used.join(', ')} } from 'statuskit'\n`
    }
    // `export {}` makes every block a module: its own scope, and top-level await.
    const path = join(folder, block.file ?? `block-${block.line}.ts`)
    writeFileSync(path, `${prelude}${block.code}\nexport {}\n`)
    sources.set(path, { block, preludeLines: prelude ? 1 : 0 })
    blocks.push({ ...block, path })
  }
}

// 2. Type-check, then emit what runs.
const config = ts.getParsedCommandLineOfConfigFile(join(work, 'tsconfig.json'), {}, {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: (d) => fail('tsconfig', ts.flattenDiagnosticMessageText(d.messageText, '\n')),
})
const program = ts.createProgram({ rootNames: config.fileNames, options: config.options })
for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')
  const source = diagnostic.file && sources.get(diagnostic.file.fileName)
  if (!diagnostic.file || diagnostic.start === undefined) {
    fail('tsc', message)
  } else if (!source) {
    fail(relative(root, diagnostic.file.fileName), message)
  } else {
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start)
    fail(`${source.block.doc}:${source.block.line + line - source.preludeLines}`, `TS${diagnostic.code} ${message}`)
  }
}
const typeErrors = failures.length
if (typeErrors === 0) program.emit()

// 3. Run: every server with every client of its file, and the clients of files without a server.
let runs = 0
let servers = 0
if (typeErrors === 0) {
  const compiled = (block) => join(work, 'out', relative(join(work, 'src'), block.path)).replace(/\.ts$/, '.js')
  for (const doc of docs) {
    const runnable = blocks.filter((block) => block.doc === doc && block.runnable)
    const clients = runnable.filter((block) => !block.server)
    const hosts = runnable.filter((block) => block.server)
    if (hosts.length === 0) {
      for (const client of clients) await runClient(client, compiled(client), undefined)
      continue
    }
    if (clients.length === 0) fail(doc, 'a `runnable server` block, but no client block to run against it')
    for (const host of hosts) {
      const where = `${host.doc}:${host.line}`
      let listening
      try {
        listening = await listen((await import(pathToFileURL(compiled(host)).href)).app)
      } catch (error) {
        fail(where, `the server did not start: ${error instanceof Error ? error.message : String(error)}`)
        continue
      }
      servers++
      try {
        for (const client of clients) await runClient(client, compiled(client), listening.origin, where)
      } finally {
        await listening.close()
      }
    }
  }
}

/** Starts an Express app or a Fastify instance on 127.0.0.1, random port. */
async function listen(app) {
  if (app && typeof app.register === 'function' && typeof app.listen === 'function') {
    const origin = await app.listen({ port: 0, host: '127.0.0.1' })
    return { origin, close: () => app.close() }
  }
  if (typeof app !== 'function' || typeof app.listen !== 'function') throw new Error('it exports no `app` (Express or Fastify)')
  const server = await new Promise((resolve, reject) => {
    const started = app.listen(0, '127.0.0.1', () => resolve(started))
    started.once('error', reject)
  })
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    }),
  }
}

async function runClient(block, file, origin, against) {
  const where = `${block.doc}:${block.line}${against ? ` (against the server of ${against})` : ''}`
  let run = file
  if (origin) {
    run = file.replace(/\.js$/, `.run-${runs}.js`)
    writeFileSync(run, readFileSync(file, 'utf8').replaceAll(EXAMPLE_ORIGIN, origin))
  }
  runs++
  const child = spawn(process.execPath, [run], { cwd: dirname(run), stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk))
  const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS)
  const code = await new Promise((resolve) => child.once('close', (exit, signal) => resolve(signal ? signal : exit)))
  clearTimeout(timer)
  if (code !== 0) {
    fail(where, `exited with ${code === 'SIGKILL' ? `no answer after ${RUN_TIMEOUT_MS} ms` : code}\n${stderr.trim()}`)
  } else if (block.output !== undefined && stdout.trimEnd() !== block.output.trimEnd()) {
    fail(where, `printed\n${stdout.trimEnd()}\ninstead of the output block\n${block.output.trimEnd()}${stderr ? `\n(stderr: ${stderr.trim()})` : ''}`)
  }
}

if (failures.length > 0) {
  process.stderr.write(`${failures.join('\n')}\ncheck-docs: ${failures.length} problem(s) in the TypeScript blocks of ${docs.join(', ')}\n`)
  process.exit(1)
}
const fragments = blocks.filter((block) => block.fragment).length
process.stdout.write(
  `check-docs: ${blocks.length} TypeScript blocks type-checked (${fragments} fragments), ${skipped} skipped; ${runs} runs, ${servers} servers\n`,
)
