// The Hono app of the adapter contract (see test/adapters/contract.ts), apart from the
// server it runs on: @hono/node-server here (contract.test.ts), workerd in
// test/adapters/workers/. No Node-only import.
import { Hono } from 'hono'
import { bodyLimit as limitBody } from 'hono/body-limit'
import { badRequest, contentTooLarge } from 'statuskit'
import { notFoundHandler, problemHandler, problemMiddleware } from 'statuskit/hono'
import type { ContractSetup } from '../contract-setup.js'

export function createContractApp({ options, routes, bodyLimit }: ContractSetup): Hono {
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
    // The first chunk goes out with the head; the stream fails on the next pull (failing in
    // the same pull drops the queued chunk, and workerd then never sends the head).
    let pulls = 0
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (pulls++ === 0) return controller.enqueue(new TextEncoder().encode('partial'))
        await new Promise((resolve) => setTimeout(resolve, 20))
        controller.error(new Error('failed after the headers went out'))
      },
    })
    return new Response(body, { status: 200, headers: { 'content-type': 'text/plain' } })
  })
  app.notFound(notFoundHandler(options as never))
  app.onError(problemHandler(options as never))
  return app
}
