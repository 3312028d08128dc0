// The architecture rules (import-x/*) of eslint.config.js fire on the imports they forbid, and stay
// quiet on the ones allowed. Each probe lints new text under the path of an existing file.
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

async function rulesHit(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` })
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => String(m.ruleId))
}

describe('import boundaries', () => {
  it('refuses an adapter entry imported by the core', async () => {
    const hits = await rulesHit('src/catalog/status-text.ts', "import { createFetch } from 'statuskit/fetch'\nexport const f = createFetch\n")
    // statuskit/fetch imports 'statuskit', which imports this file: a cycle as well.
    expect(hits.sort()).toEqual(['import-x/no-cycle', 'import-x/no-restricted-paths'])
  })

  it('refuses a CLI file imported by the core through a relative path', async () => {
    const hits = await rulesHit('src/http/problem-json.ts', "import { print } from '../cli/terminal.js'\nexport const s = print\n")
    expect(hits).toEqual(['import-x/no-restricted-paths'])
  })

  it('refuses a deep core path in an adapter', async () => {
    const hits = await rulesHit('src/adapters/fetch/status-phrase.ts', "import { statusText } from '../../catalog/status-text.js'\nexport const s = statusText\n")
    expect(hits).toEqual(['import-x/no-restricted-paths'])
  })

  it('refuses another adapter imported by an adapter', async () => {
    const hits = await rulesHit('src/adapters/fetch/status-phrase.ts', "import { problemHandler } from '../express/problem-handler.js'\nexport const p = problemHandler\n")
    expect(hits).toEqual(['import-x/no-restricted-paths'])
  })

  it('refuses a deep core path in a tool', async () => {
    const hits = await rulesHit('src/inspect/summary.ts', "import { statusText } from '../catalog/status-text.js'\nexport const s = statusText\n")
    expect(hits).toEqual(['import-x/no-restricted-paths'])
  })

  it('allows the public entry in an adapter', async () => {
    const hits = await rulesHit('src/adapters/fetch/status-phrase.ts', "import { statusText } from 'statuskit'\nexport const s = statusText\n")
    expect(hits).toEqual([])
  })
})

describe('import cycles', () => {
  it('refuses a value import that closes a cycle', async () => {
    // builders/build.ts imports HttpProblem from ../http-problem.js.
    const hits = await rulesHit('src/problem/http-problem.ts', "import { build } from './builders/build.js'\nexport const b = build\n")
    expect(hits).toEqual(['import-x/no-cycle'])
  })

  it('ignores a type-only import that closes a cycle (it is erased)', async () => {
    const hits = await rulesHit('src/problem/http-problem.ts', "import type { build } from './builders/build.js'\nexport type B = typeof build\n")
    expect(hits).toEqual([])
  })
})
