/**
 * What the CLI knows about its output stream. The only place that reads the terminal's
 * width and the colour environment.
 */

/** The stream facts the CLI formats for. */
export interface OutputStream {
  readonly isTTY?: boolean
  readonly columns?: number
}

/**
 * The width to wrap text to: the terminal's columns, capped at 100 for readability;
 * 80 when the output is not a terminal (a pipe or a file).
 *
 * @param stream - Usually `process.stdout`.
 * @returns Columns, from 40 to 100.
 */
export function terminalWidth(stream: OutputStream = process.stdout): number {
  const columns = stream.isTTY === true ? stream.columns : undefined
  return typeof columns === 'number' && columns > 0 ? Math.max(40, Math.min(100, columns)) : 80
}

/**
 * The columns a table may fill: `COLUMNS` when it is set to a number (the user's say,
 * on a pipe too), else the terminal's columns, else `undefined` on a pipe or a file:
 * nothing is cut, so `statuskit list | grep …` sees whole lines.
 *
 * @param stream - Usually `process.stdout`.
 * @param env - Usually `process.env`.
 * @returns Columns (at least 40), or `undefined` for no limit.
 */
export function tableWidth(stream: OutputStream = process.stdout, env: NodeJS.ProcessEnv = process.env): number | undefined {
  const fromEnv = /^\d{1,4}$/.test(env['COLUMNS'] ?? '') ? Number(env['COLUMNS']) : undefined
  const columns = fromEnv ?? (stream.isTTY === true ? stream.columns : undefined)
  return typeof columns === 'number' && columns > 0 ? Math.max(40, columns) : undefined
}

/**
 * Colour only on a terminal, and never when `NO_COLOR` is set to a non-empty value
 * (https://no-color.org).
 *
 * @param stream - Usually `process.stdout`.
 * @param env - Usually `process.env`.
 * @returns Whether to emit ANSI colour.
 */
export function useColor(stream: OutputStream = process.stdout, env: NodeJS.ProcessEnv = process.env): boolean {
  const noColor = env['NO_COLOR']
  return stream.isTTY === true && (noColor === undefined || noColor === '')
}

/**
 * Writes to stdout; a closed pipe (`statuskit list | head`) is not an error.
 *
 * @param text - What to write.
 */
export function print(text: string): void {
  process.stdout.on('error', () => undefined)
  process.stdout.write(text)
}

/**
 * Prints a one-line message on stderr, prefixed with `statuskit`, and returns the exit
 * code to use (2: usage error or unknown code).
 *
 * @param message - One line, no stack.
 * @param code - Exit code.
 * @returns `code`.
 */
export function fail(message: string, code = 2): number {
  process.stderr.write(`statuskit: ${message.replace(/\s*\n\s*/g, ' ')}\n`)
  return code
}

/** C0 controls but tab and line feed, DEL and the C1 controls: what a terminal may act on. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g

/**
 * `text` with every control character a terminal would act on (escape sequences that
 * set the title, clear the screen, write the clipboard; carriage returns that overwrite
 * a line) shown as `\xNN` instead, so that what a server sends can be printed safely.
 * Tabs and line feeds stay.
 *
 * @param text - Text that came from the network.
 */
export function printable(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
}

/**
 * `JSON.stringify` output with DEL and the C1 controls escaped too (JSON escapes only
 * C0), so a `--json` dump of what a server sent is safe on a terminal.
 *
 * @param json - JSON text.
 */
export function printableJson(json: string): string {
  return json.replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
