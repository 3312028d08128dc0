// The architecture rules (import-x/*) of eslint.config.js fire on the imports they forbid, and stay
// quiet on the ones allowed. Each probe lints new text under the path of an existing file.
import { dirname, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))
let eslint: ESLint

beforeAll(() => {
  // Only the architecture rules, and no type information (they need none): fast.
  eslint = new ESLint({
    cwd: root,
    ruleFilter: ({ ruleId }) => ruleId.startsWith('import-x/'),
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  })
})

/** The relative specifier `file` writes to import `target` (both from the root, `.ts`). */
function importPath(file: string, target: string): string {
  const path = relative(dirname(file), target).replace(/\.ts$/, '.js')
  return path.startsWith('.') ? path : `./${path}`
}

async function rulesHit(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` })
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => String(m.ruleId))
}

describe('import boundaries', () => {
  it('refuses an adapter entry imported by the core', async () => {
    const hits = await rulesHit('src/core/catalog/status-text.ts', "import { createFetch } from 'statuskit/fetch'\nexport const f = createFetch\n")
    // statuskit/fetch imports 'statuskit', which imports this file: a cycle as well.
    expect(hits.sort()).toEqual(['import-x/no-cycle', 'import-x/no-restricted-paths'])
  })

  it('refuses a CLI file imported by the core through a relative path', async () => {
    const hits = await rulesHit('src/core/http/problem-json.ts', `import { print } from '${importPath('src/core/http/problem-json.ts', 'src/tools/cli/terminal.ts')}'\nexport const s = print\n`)
    expect(hits).toEqual(['import-x/no-restricted-paths'])
  })

  it('refuses a deep core path in an adapter', async () => {
    const hits = await rulesHit('src/client/fetch/status-phrase.ts', `import { statusText } from '${importPath('src/client/fetch/status-phrase.ts', 'src/core/catalog/status-text.ts')}'\nexport const s = statusText\n`)
    expect(hits).toEqual(['import-x/no-restricted-paths'])
  })

  it('refuses another adapter imported by an adapter', async () => {
    const hits = await rulesHit('src/adapters/web/with-problems.ts', `import { problemHandler } from '${importPath('src/adapters/web/with-problems.ts', 'src/adapters/express/problem-handler.ts')}'\nexport const p = problemHandler\n`)
    expect(hits).toEqual(['import-x/no-restricted-paths'])
  })

  it('refuses a deep core path in a tool', async () => {
    const hits = await rulesHit('src/tools/inspect/summary.ts', `import { statusText } from '${importPath('src/tools/inspect/summary.ts', 'src/core/catalog/status-text.ts')}'\nexport const s = statusText\n`)
    expect(hits).toEqual(['import-x/no-restricted-paths'])
  })

  it('refuses a server entry imported by the core, even through its public name', async () => {
    const hits = await rulesHit('src/core/problem/to-problem.ts', "import { createProblemPipeline } from 'statuskit/server'\nexport const c = createProblemPipeline\n")
    expect(hits).toContain('import-x/no-restricted-paths')
  })

  it('refuses another adapter imported by an adapter through its public name', async () => {
    const hits = await rulesHit('src/adapters/koa/index.ts', "import { withProblems } from 'statuskit/web'\nexport const w = withProblems\n")
    expect([...new Set(hits)]).toEqual(['import-x/no-restricted-paths'])
  })

  it('allows a lower layer through its public entry (a tool imports the client)', async () => {
    const hits = await rulesHit('src/tools/serve/fetch-exchange.ts', "import { readBodyBytes } from 'statuskit/fetch'\nexport const r = readBodyBytes\n")
    expect(hits).toEqual([])
  })

  it('allows the public entry in an adapter', async () => {
    const hits = await rulesHit('src/client/fetch/status-phrase.ts', "import { statusText } from 'statuskit'\nexport const s = statusText\n")
    expect(hits).toEqual([])
  })
})

describe('import cycles', () => {
  it('refuses a value import that closes a cycle', async () => {
    // builders/build.ts imports HttpProblem from ../http-problem.js.
    const hits = await rulesHit('src/core/problem/http-problem.ts', `import { build } from '${importPath('src/core/problem/http-problem.ts', 'src/core/problem/builders/build.ts')}'\nexport const b = build\n`)
    expect(hits).toEqual(['import-x/no-cycle'])
  })

  it('ignores a type-only import that closes a cycle (it is erased)', async () => {
    const hits = await rulesHit('src/core/problem/http-problem.ts', `import type { build } from '${importPath('src/core/problem/http-problem.ts', 'src/core/problem/builders/build.ts')}'\nexport type B = typeof build\n`)
    expect(hits).toEqual([])
  })
})
