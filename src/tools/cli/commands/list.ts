/**
 * `statuskit list`: every status code that has a guide, as a table or as JSON.
 */
import { parseArgs } from 'node:util'
import type { StatusClass } from 'statuskit'
import type { GuideSummary } from 'statuskit/guide'
import { fail, print, tableWidth, useColor } from '../terminal.js'

const USAGE = `Usage: statuskit list [--class 1xx|2xx|3xx|4xx|5xx] [--no-vendors] [--json]

  --class <c>     only this class
  --no-vendors    leave out unofficial vendor codes (nginx 499, Cloudflare 52x, ...)
  --json          the rows as JSON

On a terminal the table fits its width; piped or redirected, lines are not cut.
COLUMNS=<n> sets the width either way.
`

function table(rows: readonly GuideSummary[], width: number | undefined, color: boolean): string {
  const name = (r: GuideSummary): string => `${r.phrase}${r.vendor === undefined ? '' : ` (${r.vendor})`}${r.deprecated ? ' *' : ''}`
  // Narrow screens give the summary room; a long vendor name is cut, not the table.
  const nameWidth = Math.min(width === undefined ? Infinity : Math.max(20, Math.floor(width * 0.4)), Math.max(6, ...rows.map((r) => name(r).length)))
  const summaryWidth = width === undefined ? Infinity : width - 5 - nameWidth - 2
  const bold = (text: string): string => (color ? `\u001b[1m${text}\u001b[0m` : text)
  const lines = [bold(`CODE ${'STATUS'.padEnd(nameWidth)}  SUMMARY`)]
  for (const r of rows) {
    const summary = r.summary.length > summaryWidth ? `${r.summary.slice(0, Math.max(0, summaryWidth - 1))}…` : r.summary
    const label = name(r).length > nameWidth ? `${name(r).slice(0, nameWidth - 1)}…` : name(r)
    lines.push(`${r.code}  ${label.padEnd(nameWidth)}  ${summaryWidth >= 20 ? summary : ''}`.trimEnd())
  }
  if (rows.some((r) => r.deprecated)) lines.push('', '* do not emit: deprecated, unused, obsolete or retired')
  return `${lines.join('\n')}\n`
}

/**
 * Runs `list`.
 *
 * @param args - Arguments after `list`.
 * @returns 0 on success, 2 for a usage error.
 */
export async function run(args: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args,
      options: {
        class: { type: 'string' },
        'no-vendors': { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    return fail(`list: ${error instanceof Error ? error.message : String(error)}`)
  }
  const { values } = parsed
  if (values.help === true) {
    print(USAGE)
    return 0
  }
  // Imported here so the guide data loads only when this command runs (see explain.ts).
  const { listGuides } = await import('statuskit/guide')
  let rows
  try {
    const statusClass = values.class?.toLowerCase() as StatusClass | undefined
    rows = listGuides({ ...(statusClass === undefined ? {} : { class: statusClass }), vendors: values['no-vendors'] !== true })
  } catch (error) {
    if (error instanceof RangeError) return fail(`list: ${error.message}`)
    throw error
  }
  print(values.json === true ? `${JSON.stringify(rows, null, 2)}\n` : table(rows, tableWidth(), useColor()))
  return 0
}
