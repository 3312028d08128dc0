/**
 * `statuskit explain <code>`: the guide to one status code, for a terminal (wrapped,
 * coloured only on a TTY without NO_COLOR), as JSON or as Markdown.
 */
import { parseArgs } from 'node:util'
import type { StatusVendor } from 'statuskit'
import { fail, print, terminalWidth, useColor } from '../terminal.js'

const USAGE = `Usage: statuskit explain <code> [--vendor <name>] [--json | --markdown]

  <code>            an HTTP status code, 100-599 (e.g. 409, or 522 for Cloudflare's)
  --vendor <name>   whose meaning of an unofficial code (499: nginx or esri)
  --json            the guide as JSON
  --markdown        the guide as a Markdown page
`

/**
 * Runs `explain`.
 *
 * @param args - Arguments after `explain`.
 * @returns 0 on success, 2 for a usage error or an unknown or invalid code.
 */
export async function run(args: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        markdown: { type: 'boolean' },
        vendor: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    return fail(`explain: ${error instanceof Error ? error.message : String(error)}`)
  }
  const { values, positionals } = parsed
  if (values.help === true) {
    print(USAGE)
    return 0
  }
  const [raw, extra] = positionals
  if (raw === undefined || extra !== undefined) return fail('explain takes exactly one status code; run "statuskit explain --help".')
  if (values.json === true && values.markdown === true) return fail('explain: choose one of --json and --markdown.')
  if (!/^\d{1,6}$/.test(raw)) return fail(`explain: "${raw.slice(0, 40)}" is not a status code; expected an integer from 100 to 599.`)
  // Imported here, not at the top: a static import of an external entry is hoisted into
  // the CLI bundle's prelude and would load the guide data for every command.
  const { explain, renderMarkdown, renderText } = await import('statuskit/guide')
  let guide
  try {
    guide = explain(Number(raw), values.vendor as StatusVendor | undefined)
  } catch (error) {
    if (error instanceof RangeError) return fail(error.message)
    throw error
  }
  if (values.json === true) print(`${JSON.stringify(guide, null, 2)}\n`)
  else if (values.markdown === true) print(renderMarkdown(guide))
  else print(renderText(guide, { width: terminalWidth(), color: useColor() }))
  return 0
}
