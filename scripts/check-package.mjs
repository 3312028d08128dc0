// Packaging checks on the packed tarball: publint, attw, and a smoke test that installs
// the tarball in a temporary project and loads every entry with import and require.
// Run after `npm run build` (npm test does).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { MODULE_ENTRIES, importName } from './entries.mjs'

const root = resolve(import.meta.dirname, '..')
const run = (cmd, args, opts = {}) =>
  execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', ...opts })
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
let failures = 0
const check = (name, fn) => {
  try {
    const note = fn()
    console.log(`ok   ${name}${note ? ` — ${note}` : ''}`)
  } catch (error) {
    failures++
    console.log(`FAIL ${name}\n${String(error.stdout ?? '')}${String(error.stderr ?? '')}${error.stdout ? '' : error.message}`)
  }
}

const work = mkdtempSync(join(tmpdir(), 'statuskit-pack-'))
try {
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work]))[0]
  const tarball = join(work, packed.filename)
  console.log(`packed ${packed.filename}: ${packed.size} bytes, ${packed.entryCount} files`)

  check('package.json has no dependencies', () => {
    if (pkg.dependencies && Object.keys(pkg.dependencies).length) throw new Error('dependencies present')
  })
  check('tarball holds only dist/, README.md, LICENSE, CHANGELOG.md, package.json', () => {
    const bad = packed.files.map((f) => f.path).filter((p) => !/^(dist\/|README\.md$|LICENSE$|CHANGELOG\.md$|package\.json$)/.test(p))
    if (bad.length) throw new Error(`unexpected files: ${bad.join(', ')}`)
  })
  check('no type-fest import in published .d.ts', () => {
    const dts = packed.files.map((f) => f.path).filter((p) => /\.d\.c?ts$/.test(p))
    for (const file of dts) if (readFileSync(join(root, file), 'utf8').includes('type-fest')) throw new Error(file)
    return `${dts.length} declaration files`
  })
  check('publint', () => run('npx', ['publint', '--strict', tarball]).trim().split('\n').pop())
  check('attw --pack', () => {
    run('npx', ['attw', tarball, '--profile', 'node16', '--format', 'table-flipped'])
    return 'no problems'
  })

  const app = join(work, 'app')
  run('mkdir', ['-p', app])
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'smoke', private: true, type: 'module' }))
  run('npm', ['install', '--no-audit', '--no-fund', '--offline', tarball], { cwd: app })
  // An app that loads an adapter has its framework: link the optional peers from this
  // repository's node_modules (statuskit/nest imports @nestjs/common's Catch at run time).
  for (const peer of Object.keys(pkg.peerDependencies ?? {})) {
    const from = join(root, 'node_modules', peer)
    const to = join(app, 'node_modules', peer)
    if (existsSync(from) && !existsSync(to)) {
      mkdirSync(dirname(to), { recursive: true })
      symlinkSync(from, to, 'dir')
    }
  }
  // Every entry of scripts/entries.mjs (package.json `exports` is generated from it).
  const entries = MODULE_ENTRIES.map(importName)
  check('import of every entry (ESM)', () => {
    const code = entries.map((e, i) => `import * as m${i} from '${e}'; if (!Object.keys(m${i}).length) throw new Error('${e} is empty')`).join('\n')
    writeFileSync(join(app, 'smoke.mjs'), `${code}\nimport { Status, statusText } from 'statuskit'\nif (Status.CONFLICT !== 409 || statusText(409) !== 'Conflict') throw new Error('root')\n`)
    run('node', ['smoke.mjs'], { cwd: app })
    return entries.join(', ')
  })
  check('require of every entry (CJS)', () => {
    const code = entries.map((e) => `if (!Object.keys(require('${e}')).length) throw new Error('${e} is empty')`).join('\n')
    writeFileSync(join(app, 'smoke.cjs'), `${code}\nconst { statusText } = require('statuskit')\nif (statusText(413) !== 'Content Too Large') throw new Error('root')\n`)
    run('node', ['smoke.cjs'], { cwd: app })
  })
  check('one HttpProblem class: every entry imports the core by name (ESM and CJS)', () => {
    const entryFiles = entries.filter((e) => e !== 'statuskit').map((e) => e.replace('statuskit/', ''))
    for (const name of entryFiles) {
      for (const ext of ['js', 'cjs']) {
        const code = readFileSync(join(app, 'node_modules/statuskit/dist', `${name}.${ext}`), 'utf8')
        if (/name\s*=\s*"HttpProblem"/.test(code)) throw new Error(`dist/${name}.${ext} bundles its own HttpProblem`)
      }
    }
    writeFileSync(
      join(app, 'identity.cjs'),
      `const core = require('statuskit'); require('statuskit/express'); require('statuskit/fetch')
const loaded = Object.keys(require.cache).filter((f) => /statuskit[\\/]dist[\\/]index\\.cjs$/.test(f))
if (loaded.length !== 1) throw new Error('index.cjs loaded ' + loaded.length + ' times')
if (!core.isHttpProblem(core.conflict('x'))) throw new Error('brand')`,
    )
    run('node', ['identity.cjs'], { cwd: app })
  })
  check('npx statuskit explain 409 and list from the installed tarball', () => {
    const out = run('npx', ['--no-install', 'statuskit', 'explain', '409'], { cwd: app, env: { ...process.env, NO_COLOR: '1' } })
    if (!out.startsWith('409 Conflict') || !out.includes('If-Match')) throw new Error(out.slice(0, 300))
    const list = run('npx', ['--no-install', 'statuskit', 'list', '--class', '4xx'], { cwd: app })
    if (!list.includes('409')) throw new Error(list.slice(0, 300))
  })
  check('npx statuskit serve + inspect against it from the installed tarball', () => {
    const script = `import { spawn, execFileSync } from 'node:child_process'
const child = spawn('node_modules/.bin/statuskit', ['serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] })
let out = ''
const url = await new Promise((resolve, reject) => {
  child.stdout.on('data', (d) => { out += d; const m = /listening on (\\S+)/.exec(out); if (m) resolve(m[1]) })
  child.once('exit', (code) => reject(new Error('serve exited ' + code)))
  setTimeout(() => reject(new Error('serve did not start')), 20000)
})
const res = await fetch(url + 'api/status/409', { method: 'PUT' })
if (res.status !== 409 || res.statusText !== 'Conflict' || !(await res.text()).includes('"title":"Version conflict"')) { child.kill(); throw new Error('simulator') }
const page = await (await fetch(url + 'status/409')).text()
if (!page.includes('<h1>409 Conflict</h1>')) throw new Error('page')
let code = 0
try { execFileSync('npx', ['--no-install', 'statuskit', 'inspect', url + 'api/status/409', '-X', 'PUT', '--json'], { stdio: 'pipe' }) } catch (e) { code = e.status }
if (code !== 0) throw new Error('inspect exit ' + code)
const exited = new Promise((resolve) => child.on('exit', resolve))
child.kill('SIGTERM')
if ((await exited) !== 0) throw new Error('serve did not stop cleanly on SIGTERM')
`
    writeFileSync(join(app, 'serve.mjs'), script)
    run('node', ['serve.mjs'], { cwd: app, timeout: 60_000 })
  })
} finally {
  rmSync(work, { recursive: true, force: true })
}
console.log(failures ? `package checks: ${failures} failed` : 'package checks: all passed')
process.exitCode = failures ? 1 : 0
