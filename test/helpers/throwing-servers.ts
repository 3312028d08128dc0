// Real Express 5 and Fastify 5 servers on 127.0.0.1 (random ports) with statuskit's
// adapters, whose one route throws whatever `next` returns; close() ends everything.
import express5 from 'express5'
import fastify5 from 'fastify5'
import type { AddressInfo } from 'node:net'
import { problemHandler } from 'statuskit/express'
import { problemPlugin } from 'statuskit/fastify'
import { closeLoopback, listenLoopback } from './loopback.js'
import { createServer } from 'node:http'

/** One framework's server: GET `${url}/throw` throws `thrown()`. */
export interface ThrowingServer {
  readonly name: string
  readonly url: string
  close(): Promise<void>
}

/** Starts Express 5 with `problemHandler()` (logging off). */
export async function expressServer(thrown: () => unknown): Promise<ThrowingServer> {
  const app = express5()
  app.get('/throw', () => {
    throw thrown()
  })
  app.use(problemHandler({ log: false }))
  const server = createServer(app)
  const url = await listenLoopback(server)
  return { name: 'express5', url, close: () => closeLoopback(server) }
}

/** Starts Fastify 5 with `problemPlugin` (Fastify's logger off). */
export async function fastifyServer(thrown: () => unknown): Promise<ThrowingServer> {
  const app = fastify5({ logger: false })
  await app.register(problemPlugin)
  app.get('/throw', async () => {
    throw thrown()
  })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
  return {
    name: 'fastify5',
    url,
    close: async () => {
      app.server.closeAllConnections()
      await app.close()
    },
  }
}
