/**
 * The `statuskit` command: `explain`, `list`, and the commands other entries add. Each
 * command lives in `commands/<name>.ts`, exports `run(args): Promise<number>` (the exit
 * code) and is imported only when it is called, so `statuskit --version` stays fast.
 */
import { readFileSync } from 'node:fs'
import { fail, print } from './terminal.js'

/** A command module: `run` receives the arguments after the command name. */
export interface CommandModule {
  run(args: string[]): Promise<number>
}

/** The commands, each loaded on demand, with the one-line summary `--help` prints. */
const COMMANDS: Readonly<Record<string, { readonly load: () => Promise<CommandModule>; readonly summary: string }>> = {
  explain: { load: () => import('./commands/explain.js'), summary: 'explain <code> [--vendor <name>] [--json|--markdown]' },
  list: { load: () => import('./commands/list.js'), summary: 'list [--class 1xx..5xx] [--no-vendors] [--json]' },
  // Add new commands here, same shape (commands/<name>.ts exporting run(args): Promise<number>):
  inspect: { load: () => import('./commands/inspect.js'), summary: 'inspect <url> [-X METHOD] [-H "Name: value"] [-d body] [--json] [--follow] [--timeout ms]' },
  serve: { load: () => import('./commands/serve.js'), summary: 'serve [--port 0] [--host 127.0.0.1]' },
}

const HELP = `statuskit: HTTP status codes done right

Usage:
${Object.values(COMMANDS)
  .map((c) => `  statuskit ${c.summary}`)
  .join('\n')}
  statuskit --help | --version

Run "statuskit <command> --help" for a command's options.
`

function version(): string {
  let dir = new URL('./', import.meta.url)
  for (let i = 0; i < 4; i++) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as { name?: unknown; version?: unknown }
      if (pkg.name === 'statuskit' && typeof pkg.version === 'string') return pkg.version
    } catch {
      // not here: look one directory up
    }
    dir = new URL('../', dir)
  }
  return 'unknown'
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    print(HELP)
    return 0
  }
  if (name === '--version' || name === '-v') {
    print(`${version()}\n`)
    return 0
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  if (command === undefined) return fail(`unknown command "${name.slice(0, 40)}"; run "statuskit --help".`)
  return (await command.load()).run(rest)
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.exitCode = fail(error instanceof Error ? error.message : String(error), 1)
  },
)
