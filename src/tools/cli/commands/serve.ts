import { parseArgs } from 'node:util'
import { createStatusServer } from 'statuskit/serve'
import { fail, print } from '../terminal.js'

const USAGE = `Usage: statuskit serve [--port 0] [--host 127.0.0.1] [--cors] [--allowed-host name]

Runs the local status simulator, web inspector and status pages.

Options:
  -p, --port <n>          port (0: any free port; the URL is printed)
  --host <address>        address to bind (default 127.0.0.1)
  --cors                  let web apps on other origins call /api/status and /api/sequence
                          (Access-Control-Allow-Origin: *, preflights answered)
  --allowed-host <name>   also answer this Host name (repeatable); by default only IP
                          addresses, localhost and *.localhost are answered (421 otherwise)

Pages:
  /                       every status code, with a search box
  /status/<code>          the guide for a code, with "Try it" (/<code> redirects there;
                          vendor codes: /status/499?vendor=nginx)
  /inspect                the web inspector: the server requests a URL and checks the answer

API:
  /api/status/<code>      answers any method with that status, its required headers and a
                          diagnostic body; 429 and 503 carry Retry-After: 1
      ?delay=<ms>         wait before answering (0-10000)
      ?retryAfter=<s>     Retry-After seconds (0-86400), or none
      ?body=none          no content
      ?vendor=<name>      the vendor's phrase for a vendor code (e.g. 499?vendor=nginx)
  /api/sequence/<codes>?key=<run>
                          answers the listed statuses in order, one per request, per key
                          (e.g. /api/sequence/503,503,200?key=run1; up to 20 codes, then
                          the last repeats; at most 1000 keys are remembered)
  POST /api/inspect       { "url", "method", "headers", "body", "follow" } -> each hop with
                          its findings; only from this server's own pages

An invalid parameter is answered 400 with a problem naming it.
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
        cors: { type: 'boolean' },
        'allowed-host': { type: 'string', multiple: true },
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
  const allowedHosts = [options.host, ...(values['allowed-host'] ?? [])].map((h) => h.replace(/^\[|\]$/g, ''))
  const server = createStatusServer({ cors: values.cors === true, allowedHosts })
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
