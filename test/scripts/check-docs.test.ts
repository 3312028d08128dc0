// scripts/check-docs.mjs as npm test runs it (against the built dist/): a type error in a
// block is reported at its line in the Markdown file, and a fragment gets its root imports.
import { spawn } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))
const work = `${root}.tmp/check-docs-test`

afterAll(() => rmSync(work, { recursive: true, force: true }))

function checkDocs(doc: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/check-docs.mjs', doc], {
      cwd: root,
      env: { ...process.env, CHECK_DOCS_WORK: `${work}/project` },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), 110_000)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

describe('scripts/check-docs.mjs', () => {
  it('reports a type error at its Markdown line, and imports the root names a fragment uses', async () => {
    mkdirSync(work, { recursive: true })
    const doc = '.tmp/check-docs-test/probe.md'
    writeFileSync(
      `${root}${doc}`,
      [
        '# Probe', // 1
        '```ts', // 2
        "import { conflict } from 'statuskit'", // 3
        'const status: string = conflict().status', // 4: number is not a string
        '```', // 5
        '```ts fragment', // 6
        'const phrase: string = statusText(409)', // 7: imported for the fragment
        '```', // 8
      ].join('\n'),
    )
    const { code, stderr } = await checkDocs(doc)
    expect(code).toBe(1)
    expect(stderr).toContain(`${doc}:4: TS2322`)
    expect(stderr).not.toContain(`${doc}:7:`)
    expect(stderr).toContain('check-docs: 1 problem(s)')
  }, 120_000)
})
