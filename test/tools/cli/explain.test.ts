/**
 * `statuskit explain` run as a child process against the built CLI (dist/cli.js).
 * `npm test` builds before vitest runs; alone, run `npx tsup` first.
 */
import { describe, expect, it } from 'vitest'
import { runCli } from './run-cli.js'

describe('statuskit explain', () => {
  it('prints the 409 guide for a terminal, wrapped to 80 columns when not a TTY, without colour', async () => {
    const { code, stdout, stderr } = await runCli(['explain', '409'])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(stdout.startsWith('409 Conflict\n')).toBe(true)
    for (const heading of ['MEANING', 'WHEN NOT TO USE IT', 'HEADERS THAT MATTER', 'RETRY AND MONITORING', 'RELATED CODES']) {
      expect(stdout).toContain(`\n${heading}\n`)
    }
    expect(stdout).toContain('412 Precondition Failed')
    expect(stdout).not.toContain('\u001b[')
    const prose = stdout.slice(0, stdout.indexOf('FRAMEWORK SNIPPETS'))
    expect(prose.split('\n').filter((line) => line.length > 80 && !/\S{40,}/.test(line))).toEqual([])
  })

  it('--json prints the guide as parseable JSON', async () => {
    const { code, stdout } = await runCli(['explain', '409', '--json'])
    expect(code).toBe(0)
    const guide = JSON.parse(stdout) as { code: number; phrase: string; related: { code: number }[]; clientContract: { retry: { strategy: string } } }
    expect(guide.code).toBe(409)
    expect(guide.phrase).toBe('Conflict')
    expect(guide.related.map((r) => r.code)).toEqual(expect.arrayContaining([412, 428]))
    expect(guide.clientContract.retry.strategy).toBe('after-refresh-state')
  })

  it('--markdown prints a Markdown page', async () => {
    const { code, stdout } = await runCli(['explain', '204', '--markdown'])
    expect(code).toBe(0)
    expect(stdout.startsWith('# 204 No Content\n\n> ')).toBe(true)
    expect(stdout).toContain('```ts\n')
  })

  it('--vendor picks a vendor meaning of an unofficial code', async () => {
    const { code, stdout } = await runCli(['explain', '499', '--vendor', 'esri', '--json'])
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({ code: 499, vendor: 'esri', phrase: 'Token Required' })
  })

  it.each([
    [['explain', '999'], /^statuskit: Invalid HTTP status for `code`: received 999; expected an integer from 100 to 599 \(RFC 9110 §15\)\.\n$/],
    [['explain', 'abc'], /^statuskit: explain: "abc" is not a status code; expected an integer from 100 to 599\.\n$/],
    [['explain', '471'], /^statuskit: No guide for status 471: .* treats it as 400 Bad Request, the x00 of its class \(RFC 9110 §15\)\.\n$/],
    [['explain', '499', '--vendor', 'acme'], /^statuskit: Unknown `vendor`: received "acme"; expected one of nginx, .*\n$/],
    [['explain'], /^statuskit: explain takes exactly one status code; run "statuskit explain --help"\.\n$/],
    [['explain', '409', '--json', '--markdown'], /^statuskit: explain: choose one of --json and --markdown\.\n$/],
    [['explain', '409', '--colour'], /^statuskit: explain: Unknown option '--colour'.*\n$/],
  ])('%j exits 2 with one line on stderr and no stack', async (args, message) => {
    const { code, stdout, stderr } = await runCli(args)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(message)
    expect(stderr.trimEnd().split('\n')).toHaveLength(1)
  })

  it('--help prints the usage', async () => {
    const { code, stdout } = await runCli(['explain', '--help'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^Usage: statuskit explain <code>/)
  })
})
