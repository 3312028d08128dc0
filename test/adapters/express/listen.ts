import { createServer, type RequestListener } from 'node:http'
import { closeLoopback, listenLoopback } from '../../helpers/loopback.js'

/** A server listening on a random loopback port; `close()` ends every connection. */
export interface Loopback {
  readonly url: string
  close(): Promise<void>
}

/** Starts `handler` on 127.0.0.1 on a random port. */
export async function listen(handler: RequestListener): Promise<Loopback> {
  const server = createServer(handler)
  return { url: await listenLoopback(server), close: () => closeLoopback(server) }
}
