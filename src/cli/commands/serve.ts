import { createStatusServer } from 'statuskit/serve'
import { fail, print } from '../terminal.js'

const USAGE = `Usage: statuskit serve [--port 0] [--host 127.0.0.1]

Runs the local status simulator and status pages:
  /api/status/<code>   answers with that status (?delay=ms, ?retryAfter=s, ?body=none)
  /status/<code>       the guide for a code, with "Try it"
Stops on Ctrl-C (SIGINT) or SIGTERM.
`

function parse(args: string[]): { port: number; host: string } | string {
  let port = 0
  let host = '127.0.0.1'
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    const value = args[i + 1]
    if (arg === '--port' || arg === '-p') {
      if (value === undefined || !/^\d{1,5}$/.test(value) || Number(value) > 65_535) return `--port needs a number from 0 to 65535, got ${value === undefined ? 'nothing' : `"${value.slice(0, 20)}"`}`
      port = Number(value)
      i++
    } else if (arg === '--host') {
      if (value === undefined || value.length === 0) return '--host needs an address, e.g. 127.0.0.1'
      host = value
      i++
    } else {
      return `unknown option "${String(arg).slice(0, 40)}"; run "statuskit serve --help".`
    }
  }
  return { port, host }
}

/**
 * `statuskit serve`: starts the status simulator, prints its URL, and stops cleanly on
 * SIGINT or SIGTERM (exit 0). Exit 2 on a usage error or when the port cannot be bound.
 *
 * @param args - The arguments after `serve`.
 * @returns The exit code, once the server has stopped.
 */
export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    print(USAGE)
    return 0
  }
  const options = parse(args)
  if (typeof options === 'string') return fail(options)
  const server = createStatusServer()
  return new Promise<number>((resolve) => {
    server.once('error', (error: NodeJS.ErrnoException) => resolve(fail(`cannot listen on ${options.host}:${options.port}: ${error.code ?? error.message}`)))
    server.listen(options.port, options.host, () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : options.port
      const host = options.host.includes(':') ? `[${options.host}]` : options.host
      const stop = (): void => {
        process.off('SIGINT', stop)
        process.off('SIGTERM', stop)
        server.closeAllConnections()
        server.close(() => resolve(0))
      }
      // Listen for the signals before printing the URL: whoever reads it may signal at once.
      process.on('SIGINT', stop)
      process.on('SIGTERM', stop)
      print(`statuskit serve: listening on http://${host}:${port}/ (Ctrl-C to stop)\n`)
    })
  })
}
