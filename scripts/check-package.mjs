// Packaging checks on the packed tarball: publint, attw, and a smoke test that installs
// the tarball in a temporary project and loads every entry with import and require.
// Run after `npm run build` (npm test does).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

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
  const entries = Object.keys(pkg.exports).filter((k) => k !== './package.json').map((k) => k.replace(/^\./, 'statuskit'))
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
} finally {
  rmSync(work, { recursive: true, force: true })
}
console.log(failures ? `package checks: ${failures} failed` : 'package checks: all passed')
process.exitCode = failures ? 1 : 0
