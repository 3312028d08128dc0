import fastify4 from 'fastify4'
import fastify5 from 'fastify5'
import type { AddressInfo } from 'node:net'
import { problemPlugin } from 'statuskit/fastify'
import { runContract, type ContractDriver } from '../contract.js'

function driver(name: string, create: typeof fastify5): ContractDriver {
  return {
    name,
    async start({ options, routes, bodyLimit }) {
      const app = create({ bodyLimit })
      await app.register(problemPlugin, options)
      app.post('/echo', async (request) => request.body)
      for (const route of routes) {
        app.get(route.path, async () => {
          throw route.thrown()
        })
      }
      app.get('/started', async (_request, reply) => {
        reply.raw.writeHead(200, { 'content-type': 'text/plain' })
        reply.raw.write('partial')
        throw new Error('failed after the headers went out')
      })
      await app.listen({ port: 0, host: '127.0.0.1' })
      return {
        url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
        close: async () => {
          app.server.closeAllConnections()
          await app.close()
        },
      }
    },
  }
}

// Both majors are typed with Fastify 5's declarations (the augmentation targets 'fastify').
runContract([driver('fastify4', fastify4 as unknown as typeof fastify5), driver('fastify5', fastify5)])
