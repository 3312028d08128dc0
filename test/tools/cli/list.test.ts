/**
 * `statuskit list` run as a child process against the built CLI (dist/cli.js).
 * `npm test` builds before vitest runs; alone, run `npx tsup` first.
 */
import { describe, expect, it } from 'vitest'
import { runCli } from './run-cli.js'

describe('statuskit list', () => {
  it('--class 4xx prints a table of client errors only', async () => {
    const { code, stdout, stderr } = await runCli(['list', '--class', '4xx'])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const [header, ...rest] = stdout.trimEnd().split('\n')
    expect(header).toMatch(/^CODE STATUS +SUMMARY$/)
    const rows = rest.filter((line) => /^\d{3} /.test(line))
    expect(rows.every((line) => line.startsWith('4'))).toBe(true)
    expect(rows.some((line) => line.startsWith('409  Conflict '))).toBe(true)
    expect(rows.some((line) => line.startsWith('499  Client Closed Request (nginx) '))).toBe(true)
  })

  it('does not cut summaries when piped (newcomer review #14)', async () => {
    const { listGuides } = await import('statuskit/guide')
    const conflict = listGuides({ class: '4xx' }).find((g) => g.code === 409)
    const { stdout } = await runCli(['list', '--class', '4xx'])
    expect(stdout).toContain(`  ${conflict?.summary}`)
    expect(stdout).not.toContain('…')
  })

  it('honours COLUMNS', async () => {
    for (const columns of [60, 100, 200]) {
      const { stdout } = await runCli(['list', '--class', '4xx'], { COLUMNS: String(columns) })
      const lines = stdout.trimEnd().split('\n')
      expect(lines.every((line) => line.length <= columns)).toBe(true)
      expect(lines.some((line) => line.length > columns - 10)).toBe(true)
      expect(lines.some((line) => line.startsWith('409  Conflict '))).toBe(true)
    }
  })

  it('--json prints the rows', async () => {
    const { code, stdout } = await runCli(['list', '--class', '2xx', '--json'])
    expect(code).toBe(0)
    const rows = JSON.parse(stdout) as { code: number; phrase: string; class: string }[]
    expect(rows.map((r) => r.code)).toEqual([200, 201, 202, 203, 204, 205, 206, 207, 208, 226])
    expect(rows[4]).toMatchObject({ code: 204, phrase: 'No Content', class: '2xx' })
  })

  it('--no-vendors leaves unofficial codes out', async () => {
    const { stdout } = await runCli(['list', '--class', '5xx', '--no-vendors', '--json'])
    expect((JSON.parse(stdout) as { code: number }[]).map((r) => r.code)).not.toContain(522)
  })

  it('rejects an unknown class with exit 2', async () => {
    const { code, stdout, stderr } = await runCli(['list', '--class', '7xx'])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe('statuskit: list: Invalid `options.class`: received "7xx"; expected one of 1xx, 2xx, 3xx, 4xx, 5xx.\n')
  })
})
