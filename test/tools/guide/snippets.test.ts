/**
 * Framework snippets are real files, guide/snippets/<id>/{express,fastify}.ts,
 * {django,fastapi}.py, spring.java, go.go. The TypeScript ones are compiled by
 * `tsc --noEmit` (npm test's typecheck) against the package through the tsconfig
 * `paths`: this test proves every one of them is in that program, imports its framework
 * and statuskit, and is what explain() returns.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { explain, listGuides } from 'statuskit/guide'
import { guideId, SNIPPETS } from '../../../scripts/guide-source.mjs'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile)
const program = new Set(ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT).fileNames)
const guides = listGuides().map((row) => ({ row, id: guideId(row) }))

describe('framework snippets', () => {
  it('has a snippet folder for every guide and no other', () => {
    expect(readdirSync(join(ROOT, 'guide/snippets')).sort()).toEqual(guides.map((g) => g.id).sort())
  })

  it.each(guides)('$id: six snippet files, the TypeScript ones type-checked by tsc', ({ row, id }) => {
    const g = explain(row.code, row.vendor)
    for (const [framework, name] of SNIPPETS) {
      const path = join(ROOT, 'guide/snippets', id, name)
      expect(readFileSync(path, 'utf8').trimEnd()).toBe(g.frameworks[framework])
      if (!name.endsWith('.ts')) continue
      expect(program.has(path), `${path} is in the tsconfig program`).toBe(true)
      expect(g.frameworks[framework]).toMatch(framework === 'express' ? /from 'express'/ : /from 'fastify'/)
    }
  })
})
