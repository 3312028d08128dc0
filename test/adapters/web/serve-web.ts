// Serves a web-standard handler on 127.0.0.1 through @hono/node-server's request listener
// (the bridge from Node's http to `(Request) => Response`), and closes it after.
import { getRequestListener } from '@hono/node-server'
import { createServer, type Server } from 'node:http'
import { closeLoopback, listenLoopback } from '../../helpers/loopback.js'

export interface ServedWeb {
  readonly url: string
  close(): Promise<void>
}

export async function serveWeb(fetch: (request: Request) => Response | Promise<Response>): Promise<ServedWeb> {
  const server: Server = createServer(getRequestListener(fetch))
  const url = await listenLoopback(server)
  return { url, close: () => closeLoopback(server) }
}
