import { parseArgs } from 'node:util'
import { createStatusServer } from 'statuskit/serve'
import { fail, print } from '../terminal.js'

const USAGE = `Usage: statuskit serve [--port 0] [--host 127.0.0.1]

Runs the local status simulator and status pages:
  /api/status/<code>   answers with that status (?delay=ms, ?retryAfter=s, ?body=none)
  /status/<code>       the guide for a code, with "Try it"
Stops on Ctrl-C (SIGINT) or SIGTERM.
`

/**
 * `statuskit serve`: starts the status simulator, prints its URL, and stops cleanly on
 * SIGINT or SIGTERM (exit 0). Exit 2 on a usage error or when the port cannot be bound.
 *
 * @param args - The arguments after `serve`.
 * @returns The exit code, once the server has stopped.
 */
export async function run(args: string[]): Promise<number> {
  let values
  try {
    ;({ values } = parseArgs({
      args,
      options: {
        port: { type: 'string', short: 'p', default: '0' },
        host: { type: 'string', default: '127.0.0.1' },
        help: { type: 'boolean', short: 'h' },
      },
    }))
  } catch (error) {
    return fail(`serve: ${error instanceof Error ? error.message : String(error)}`)
  }
  if (values.help === true) {
    print(USAGE)
    return 0
  }
  if (!/^\d{1,5}$/.test(values.port) || Number(values.port) > 65_535) {
    return fail(`serve: --port needs a number from 0 to 65535, got "${values.port.slice(0, 20)}"`)
  }
  if (values.host.length === 0) return fail('serve: --host needs an address, e.g. 127.0.0.1')
  const options = { port: Number(values.port), host: values.host }
  const server = createStatusServer()
  return new Promise<number>((resolve) => {
    server.once('error', (error: NodeJS.ErrnoException) => resolve(fail(`serve: cannot listen on ${options.host}:${options.port}: ${error.code ?? error.message}`)))
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
