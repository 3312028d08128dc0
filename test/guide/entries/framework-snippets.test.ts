/**
 * The Express and Fastify snippets of every guide must type-check against the package:
 * each is written to `.tmp/guide-snippets/<code>[-<vendor>]-<framework>.ts` and compiled
 * in one TypeScript program with the project's tsconfig, whose `paths` map `statuskit`,
 * `statuskit/express` and `statuskit/fastify` to `src/`. Guides that do not exist yet are
 * reported by `guide-entries.test.ts`, not here.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { beforeAll, describe, expect, it } from 'vitest'
import { VENDOR_STATUSES } from 'statuskit'
import { explain, type StatusGuide } from 'statuskit/guide'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const OUT = join(ROOT, '.tmp', 'guide-snippets')

/** Registered codes, written out (an independent list, not read from the catalog). */
const REGISTERED = [
  100, 101, 102, 103, 104, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305, 306, 307,
  308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422, 423,
  424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511,
]

function guides(): StatusGuide[] {
  const found: StatusGuide[] = []
  const tryExplain = (code: number, vendor?: (typeof VENDOR_STATUSES)[number]['vendor']): void => {
    try {
      found.push(explain(code, vendor))
    } catch {
      // missing guide: guide-entries.test.ts fails for it
    }
  }
  for (const code of REGISTERED) tryExplain(code)
  for (const row of VENDOR_STATUSES) tryExplain(row.code, row.vendor)
  return found
}

const fileOf = (g: StatusGuide, framework: string): string =>
  join(OUT, `${g.code}${g.vendor === undefined ? '' : `-${g.vendor}`}-${framework}.ts`)

const errors = new Map<string, string[]>()
const all = guides()

beforeAll(() => {
  rmSync(OUT, { recursive: true, force: true })
  mkdirSync(OUT, { recursive: true })
  const files: string[] = []
  for (const g of all) {
    for (const framework of ['express', 'fastify'] as const) {
      const file = fileOf(g, framework)
      writeFileSync(file, `${g.frameworks[framework]}\n`)
      files.push(file)
    }
  }
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile)
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT)
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true })
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const name = d.file?.fileName
    if (name === undefined || !name.startsWith(OUT)) continue
    const { line } = d.file?.getLineAndCharacterOfPosition(d.start ?? 0) ?? { line: 0 }
    const list = errors.get(name) ?? []
    list.push(`line ${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`)
    errors.set(name, list)
  }
}, 180_000)

describe('framework snippets', () => {
  it('finds guides to check', () => {
    expect(all.length).toBeGreaterThanOrEqual(24)
  })

  it.each(all.flatMap((g) => (['express', 'fastify'] as const).map((framework) => ({ g, framework, label: `${g.code}${g.vendor ? ` ${g.vendor}` : ''} ${framework}` }))))(
    '$label type-checks against statuskit',
    ({ g, framework }) => {
      const source = g.frameworks[framework]
      expect(source).toMatch(framework === 'express' ? /from 'express'/ : /from 'fastify'/)
      expect(errors.get(fileOf(g, framework)) ?? []).toEqual([])
    },
  )
})
