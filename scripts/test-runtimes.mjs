#!/usr/bin/env node
// `npm run test:runtimes`: runs the portable tests of `statuskit/fetch`
// (test/runtimes/fetch-portable.mjs) against the BUILT dist/ on Node 18, 20 (this node),
// 22 and 24, Bun, Deno and a real headless Chromium (playwright-core driving
// /usr/bin/chromium), one after the other (the machine is small). Run `npm run build` first.
//
// Runtimes come from registry packages, not downloads: the npm packages node@18/22/24,
// bun and deno (in runtimes/node_modules, or node_modules), Chromium from Debian
// (`apt-get install -y chromium`). CHROMIUM=/path overrides the browser executable.
// The API is a node:http server on 127.0.0.1 (test/runtimes/api-server.mjs). The browser
// page comes from a second loopback port, so every API call is cross-origin (CORS).
import { execFileSync, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CHROMIUM_ARGS } from '../test/helpers/chromium-args.mjs'
import { startApiServer } from '../test/runtimes/api-server.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const runner = join(root, 'test/runtimes/run-portable.mjs')
const TIMEOUT_MS = 120_000

// The runtimes live in runtimes/ (own package.json and lock) so their `node` binaries never
// shadow the machine's Node in npm scripts. Install them from the registry when missing.
if (!existsSync(join(root, 'runtimes/node_modules'))) {
  console.log('installing the runtimes: npm ci --prefix runtimes')
  execFileSync('npm', ['ci', '--prefix', join(root, 'runtimes'), '--no-audit', '--no-fund'], { stdio: 'inherit' })
}

/** The first existing path among runtimes/node_modules/<rel> and node_modules/<rel>. */
const installed = (rel) =>
  [join(root, 'runtimes/node_modules', rel), join(root, 'node_modules', rel)].find((path) => existsSync(path))

const serverRuntimes = [
  { name: 'node18', bin: installed('node18/bin/node'), args: [], version: ['--version'] },
  { name: 'node20', bin: process.execPath, args: [], version: ['--version'] },
  { name: 'node22', bin: installed('node22/bin/node'), args: [], version: ['--version'] },
  { name: 'node24', bin: installed('node24/bin/node'), args: [], version: ['--version'] },
  { name: 'bun', bin: installed('.bin/bun'), args: [], version: ['--version'] },
  { name: 'deno', bin: installed('.bin/deno'), args: ['run', '-A'], version: ['--version'] },
]

/** Runs a command; resolves { code, out } (stdout + stderr), killing it after TIMEOUT_MS. */
function run(bin, args) {
  return new Promise((resolve) => {
    const child = spawn(bin, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } })
    let out = ''
    child.stdout.on('data', (chunk) => (out += chunk))
    child.stderr.on('data', (chunk) => (out += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS)
    child.on('error', (error) => (out += String(error)))
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code: code ?? 1, out })
    })
  })
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.map': 'application/json' }

/** Serves the test page, dist/ and test/runtimes/ from another loopback port. */
async function startPageServer(apiOrigin) {
  const page = `<!doctype html><meta charset="utf-8"><title>statuskit/fetch portable tests</title>
<script type="importmap">{"imports":{"statuskit":"/dist/index.js","statuskit/fetch":"/dist/fetch.js"}}</script>
<script type="module">
import * as api from 'statuskit/fetch'
import { runPortableTests } from '/test/runtimes/fetch-portable.mjs'
window.__result = await runPortableTests(api, ${JSON.stringify(apiOrigin)}, 'chromium')
</script>`
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html' })
      return res.end(page)
    }
    const file = normalize(join(root, path))
    const allowed = [join(root, 'dist') + sep, join(root, 'test/runtimes') + sep].some((dir) => file.startsWith(dir))
    try {
      if (!allowed) throw new Error('outside')
      const body = await readFile(file)
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      res.end(body)
    } catch {
      res.writeHead(404).end()
    }
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  }
}

async function runChromium(apiOrigin) {
  const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium'
  if (!existsSync(executablePath)) return { version: 'missing', ok: false, out: `${executablePath} not found (apt-get install -y chromium)` }
  const { chromium } = await import('playwright-core')
  const pageServer = await startPageServer(apiOrigin)
  const userDataDir = await mkdtemp(join(tmpdir(), 'statuskit-chromium-'))
  let context
  try {
    // Playwright takes the profile directory as a parameter (it rejects --user-data-dir in args).
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      timeout: 60_000,
    })
    const version = `chromium ${context.browser()?.version() ?? ''}`.trim()
    const page = context.pages()[0] ?? (await context.newPage())
    const logs = []
    // The browser logs every 4xx/5xx fetch as "Failed to load resource"; those are expected here.
    page.on('console', (message) => {
      if (!message.text().startsWith('Failed to load resource')) logs.push(`[console.${message.type()}] ${message.text()}`)
    })
    page.on('pageerror', (error) => logs.push(`[pageerror] ${error.message}`))
    await page.goto(pageServer.origin + '/', { timeout: 30_000 })
    await page.waitForFunction(() => window.__result !== undefined, undefined, { timeout: TIMEOUT_MS })
    const { passed, failed, failures } = await page.evaluate(() => window.__result)
    const out = [...logs, ...failures.map((f) => `  ✗ ${f}`), `chromium: ${passed} passed, ${failed} failed`].join('\n')
    return { version, ok: failed === 0 && passed > 0, out }
  } catch (error) {
    return { version: 'chromium', ok: false, out: String(error?.stack ?? error) }
  } finally {
    await context?.close().catch(() => {})
    await pageServer.close()
    await rm(userDataDir, { recursive: true, force: true }).catch(() => {})
  }
}

for (const file of ['dist/index.js', 'dist/fetch.js']) {
  if (!existsSync(join(root, file))) {
    console.log(`not ok: ${file} is missing; run \`npm run build\` first`)
    process.exit(1)
  }
}

const api = await startApiServer()
const rows = []
try {
  for (const runtime of serverRuntimes) {
    if (!runtime.bin) {
      rows.push({ name: runtime.name, version: 'missing', ok: false })
      console.log(`${runtime.name}: not installed (npm install --prefix runtimes)`)
      continue
    }
    const reported = (await run(runtime.bin, runtime.version)).out.split('\n')[0].replace(/\(.*\)/, '').trim()
    const version = /^[a-z]/i.test(reported) ? reported : `${runtime.name.replace(/\d+$/, '')} ${reported}`
    const { code, out } = await run(runtime.bin, [...runtime.args, runner, api.origin, runtime.name])
    process.stdout.write(`${out.trimEnd()}  [${version}]\n`)
    rows.push({ name: runtime.name, version, ok: code === 0 })
  }
  // The adapter contract of statuskit/web in Bun.serve and Deno.serve: vitest inside that
  // runtime, on the sources (test/runtimes/web-contract.native.ts).
  const vitest = join(root, 'node_modules/vitest/vitest.mjs')
  for (const runtime of serverRuntimes.filter((r) => r.name === 'bun' || r.name === 'deno')) {
    if (!runtime.bin) continue
    const args = runtime.name === 'bun' ? ['--bun', vitest] : ['run', '-A', vitest]
    const { code, out } = await run(runtime.bin, [...args, 'run', '--config', 'vitest.native.config.ts'])
    const summary = out.replace(/\x1b\[[0-9;]*m/g, '').split('\n').find((line) => /^\s+Tests\s/.test(line))?.trim() ?? 'no summary'
    process.stdout.write(`${runtime.name} adapter contract (statuskit/web on ${runtime.name === 'bun' ? 'Bun.serve' : 'Deno.serve'}): ${summary}\n`)
    if (code !== 0) process.stdout.write(out.replace(/\x1b\[[0-9;]*m/g, '').split('\n').filter((line) => /×|Error/.test(line)).join('\n') + '\n')
    rows.push({ name: `${runtime.name}-web`, version: `${runtime.name} contract`, ok: code === 0 })
  }
  const browser = await runChromium(api.origin)
  process.stdout.write(`${browser.out.trimEnd()}  [${browser.version}]\n`)
  rows.push({ name: 'chromium', version: browser.version, ok: browser.ok })
} finally {
  await api.close()
}

// One TAP-style line per runtime (.ci/run counts the `ok ` lines).
console.log('')
for (const row of rows) console.log(`${row.ok ? 'ok' : 'not ok'} ${row.name.padEnd(8)} ${row.version}`)
const failedRows = rows.filter((row) => !row.ok)
console.log(failedRows.length === 0 ? `\nall ${rows.length} runtimes passed` : `\n${failedRows.length} of ${rows.length} runtimes failed`)
process.exitCode = failedRows.length === 0 ? 0 : 1
