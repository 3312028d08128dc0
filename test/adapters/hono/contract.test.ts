// statuskit/hono under the adapter contract: Hono 4 on @hono/node-server.
import { getRequestListener } from '@hono/node-server'
import { Hono } from 'hono'
import { bodyLimit as limitBody } from 'hono/body-limit'
import { createServer } from 'node:http'
import { badRequest, contentTooLarge } from 'statuskit'
import { notFoundHandler, problemHandler, problemMiddleware } from 'statuskit/hono'
import { runContract, type ContractDriver } from '../contract.js'
import { closeLoopback, listenLoopback } from '../../helpers/loopback.js'

const driver: ContractDriver = {
  name: 'hono4',
  phraseFromBridge: true,
  async start({ options, routes, bodyLimit }) {
    const app = new Hono()
    app.use(problemMiddleware(options as never))
    app.post(
      '/echo',
      limitBody({ maxSize: bodyLimit, onError: () => { throw contentTooLarge(`The body is over ${bodyLimit} bytes.`) } }),
      async (c) => {
        let body: unknown
        try {
          body = await c.req.json()
        } catch {
          throw badRequest('The request body is not valid JSON.')
        }
        return c.json(body)
      },
    )
    for (const route of routes) {
      app.get(route.path, () => {
        throw route.thrown()
      })
    }
    app.get('/started', () => {
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          controller.enqueue(new TextEncoder().encode('partial'))
          controller.error(new Error('failed after the headers went out'))
        },
      })
      return new Response(body, { status: 200, headers: { 'content-type': 'text/plain' } })
    })
    app.notFound(notFoundHandler(options as never))
    app.onError(problemHandler(options as never))
    const server = createServer(getRequestListener(app.fetch))
    const url = await listenLoopback(server)
    return { url, close: () => closeLoopback(server) }
  },
}

runContract([driver])
