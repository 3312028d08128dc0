// statuskit/web under the adapter contract: a web-standard handler wrapped with
// withProblems, served on Node through @hono/node-server's request listener.
import { badRequest, contentTooLarge, notFound } from 'statuskit'
import { withProblems } from 'statuskit/web'
import { runContract, type ContractDriver } from '../contract.js'
import { serveWeb } from './serve-web.js'

/** What a web app does for a JSON body: a byte limit, then 400 for what does not parse. */
async function readJson(request: Request, limit: number): Promise<unknown> {
  const text = await request.text()
  if (new TextEncoder().encode(text).length > limit) throw contentTooLarge(`The body is over ${limit} bytes.`)
  try {
    return JSON.parse(text)
  } catch {
    throw badRequest('The request body is not valid JSON.')
  }
}

const driver: ContractDriver = {
  name: 'web-on-node',
  phraseFromBridge: true,
  async start({ options, routes, bodyLimit }) {
    const byPath = new Map(routes.map((route) => [route.path, route]))
    const handler = withProblems(async (request: Request) => {
      const { pathname } = new URL(request.url)
      if (request.method === 'POST' && pathname === '/echo') return Response.json(await readJson(request, bodyLimit))
      if (pathname === '/started') {
        const body = new ReadableStream<Uint8Array>({
          pull(controller) {
            controller.enqueue(new TextEncoder().encode('partial'))
            controller.error(new Error('failed after the headers went out'))
          },
        })
        return new Response(body, { status: 200, headers: { 'content-type': 'text/plain' } })
      }
      const route = request.method === 'GET' || request.method === 'HEAD' ? byPath.get(pathname) : undefined
      if (route === undefined) throw notFound()
      throw route.thrown()
    }, options as never)
    return serveWeb(handler)
  },
}

runContract([driver])
