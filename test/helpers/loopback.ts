// Starts a node:http server on 127.0.0.1 (random port) and closes it with its connections.
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export async function listenLoopback(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

export async function closeLoopback(server: Server): Promise<void> {
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
}
