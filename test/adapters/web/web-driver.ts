// The contract driver of statuskit/web: a web-standard handler wrapped with withProblems,
// served by \`serve\` (the Node bridge, Bun.serve or Deno.serve).
import { badRequest, contentTooLarge, notFound } from 'statuskit'
import { withProblems } from 'statuskit/web'
import type { ContractDriver, ContractServer } from '../contract.js'

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

export function webDriver(
  name: string,
  serve: (fetch: (request: Request) => Promise<Response>) => Promise<ContractServer>,
  phraseFromBridge: boolean,
): ContractDriver {
  return {
    name,
    phraseFromBridge,
    async start({ options, routes, bodyLimit }) {
      const byPath = new Map(routes.map((route) => [route.path, route]))
      const handler = withProblems(async (request: Request) => {
        const { pathname } = new URL(request.url)
        if (request.method === 'POST' && pathname === '/echo') return Response.json(await readJson(request, bodyLimit))
        if (pathname === '/started') {
          // The first chunk goes out with the head; the stream fails on the next pull.
          let pulls = 0
          const body = new ReadableStream<Uint8Array>({
            async pull(controller) {
              if (pulls++ === 0) return controller.enqueue(new TextEncoder().encode('partial'))
              await new Promise((resolve) => setTimeout(resolve, 20))
              controller.error(new Error('failed after the headers went out'))
            },
          })
          return new Response(body, { status: 200, headers: { 'content-type': 'text/plain' } })
        }
        const route = request.method === 'GET' || request.method === 'HEAD' ? byPath.get(pathname) : undefined
        if (route === undefined) throw notFound()
        throw route.thrown()
      }, options as never)
      return serve(handler)
    },
  }
}
