// statuskit/koa under the adapter contract: Koa 2 and 3, @koa/bodyparser for JSON bodies.
import { bodyParser } from '@koa/bodyparser'
import Koa from 'koa'
import Koa2 from 'koa2'
import { createServer } from 'node:http'
import { problemMiddleware } from 'statuskit/koa'
import { runContract, type ContractDriver } from '../contract.js'
import { closeLoopback, listenLoopback } from '../../helpers/loopback.js'

function driver(name: string, App: typeof Koa): ContractDriver {
  return {
    name,
    async start({ options, routes, bodyLimit }) {
      const app = new App()
      app.silent = true // the contract's logger records; Koa's default console line is not wanted here
      app.use(problemMiddleware(options as never))
      const parse = bodyParser({ jsonLimit: bodyLimit, enableTypes: ['json'] })
      const byPath = new Map(routes.map((route) => [route.path, route]))
      app.use(async (ctx, next) => {
        if (ctx.method === 'POST' && ctx.path === '/echo') {
          await parse(ctx, async () => {})
          ctx.body = (ctx.request as { body?: unknown }).body
          return
        }
        if (ctx.path === '/started') {
          ctx.respond = false
          ctx.res.writeHead(200, { 'content-type': 'text/plain' })
          ctx.res.write('partial')
          throw new Error('failed after the headers went out')
        }
        const route = ctx.method === 'GET' || ctx.method === 'HEAD' ? byPath.get(ctx.path) : undefined
        if (route) throw route.thrown()
        await next()
      })
      const server = createServer(app.callback())
      const url = await listenLoopback(server)
      return { url, close: () => closeLoopback(server) }
    },
  }
}

runContract([driver('koa2', Koa2 as unknown as typeof Koa), driver('koa3', Koa)])
