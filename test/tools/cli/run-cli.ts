/**
 * Runs the built CLI (`dist/cli.js`) as a child process. The CLI tests assume `dist/` is
 * built before vitest runs (`npm test` builds first); alone, run `npx tsup` first.
 */
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const CLI = fileURLToPath(new URL('../../../dist/cli.js', import.meta.url))

/** What a CLI run produced. */
export interface CliResult {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/**
 * Runs `node dist/cli.js ...args` with a clean colour environment.
 *
 * @param args - Command-line arguments.
 * @param env - Extra environment variables.
 * @returns Exit code and output.
 */
export function runCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const { NO_COLOR: _noColor, FORCE_COLOR: _force, ...base } = process.env
    execFile(process.execPath, [CLI, ...args], { env: { ...base, ...env }, timeout: 15_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null
      resolve({ code, stdout, stderr })
    })
  })
}
