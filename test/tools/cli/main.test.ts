/**
 * The `statuskit` dispatcher run as a child process against the built CLI (dist/cli.js).
 * `npm test` builds before vitest runs; alone, run `npx tsup` first.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runCli } from './run-cli.js'

describe('statuskit', () => {
  it('--help lists the commands', async () => {
    const { code, stdout } = await runCli(['--help'])
    expect(code).toBe(0)
    expect(stdout).toContain('  statuskit explain <code>')
    expect(stdout).toContain('  statuskit list ')
  })

  it('without arguments prints the help', async () => {
    const { code, stdout } = await runCli([])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^statuskit: /)
  })

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
    const { code, stdout } = await runCli(['--version'])
    expect(code).toBe(0)
    expect(stdout).toBe(`${pkg.version}\n`)
  })

  it('rejects an unknown command with exit 2 and one line', async () => {
    const { code, stdout, stderr } = await runCli(['explian', '409'])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe('statuskit: unknown command "explian"; run "statuskit --help".\n')
  })
})
