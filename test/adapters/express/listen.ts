import { createServer, type RequestListener } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A server listening on a random loopback port; `close()` ends every connection. */
export interface Loopback {
  readonly url: string
  close(): Promise<void>
}

/** Starts `handler` on 127.0.0.1 on a random port. */
export async function listen(handler: RequestListener): Promise<Loopback> {
  const server = createServer(handler)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
