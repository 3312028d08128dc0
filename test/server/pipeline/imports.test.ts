import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const src = join(root, 'src')

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  )
}

/** Every module specifier a file imports or re-exports, type-only ones included (comments and their examples aside). */
function specifiers(file: string): string[] {
  const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
  return [...code.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)].map(
    (match) => match[1] ?? match[2] ?? match[3] ?? '',
  )
}

describe('the layers, read from the imports', () => {
  it('src/server/pipeline imports only the core by its public name and its own files: no framework, no node:', () => {
    const found = files(join(root, 'src/server/pipeline')).flatMap((file) => specifiers(file).map((spec) => `${relative(src, file)} ${spec}`))
    expect(found.length).toBeGreaterThan(10)
    expect(found.filter((line) => !/ (statuskit|\.\/[\w-]+\.js)$/.test(line))).toEqual([])
  })

  it.each(['express', 'fastify'])('src/adapters/%s imports the core only through its public entries (statuskit, statuskit/server, statuskit/idempotency)', (framework) => {
    const found = files(join(root, 'src/adapters', framework)).flatMap((file) => specifiers(file).map((spec) => `${relative(src, file)} ${spec}`))
    expect(found.length).toBeGreaterThan(5)
    const allowed = new RegExp(` (statuskit|statuskit/server|statuskit/idempotency|${framework}|\\./[\\w-]+\\.js)$`)
    expect(found.filter((line) => !allowed.test(line))).toEqual([])
  })
})
