// statuskit/nest under the adapter contract: Nest on @nestjs/platform-express and on
// @nestjs/platform-fastify, ProblemFilter installed with app.useGlobalFilters().
import { Body, Get, HttpCode, Post, Res } from '@nestjs/common'
import { ProblemFilter } from 'statuskit/nest'
import type { ServerResponse } from 'node:http'
import { runContract, type ContractDriver } from '../contract.js'
import { controller, startNest, type Platform } from './nest-app.js'

function driver(platform: Platform): ContractDriver {
  return {
    name: `nest-${platform}`,
    async start({ options, routes, bodyLimit }) {
      const thrown = routes.map((route, index) => ({
        name: `route${index}`,
        decorators: [Get(route.path)],
        handler: () => {
          throw route.thrown()
        },
      }))
      const Routes = controller([
        ...thrown,
        { name: 'echo', decorators: [Post('/echo'), HttpCode(200)], params: [Body()], handler: (body: never) => body },
        {
          name: 'started',
          decorators: [Get('/started')],
          params: [Res()],
          handler: (response: ServerResponse & { raw?: ServerResponse }) => {
            const res = response.raw ?? response // Fastify's reply has Node's res as `raw`
            res.writeHead(200, { 'content-type': 'text/plain' })
            res.write('partial')
            throw new Error('failed after the headers went out')
          },
        },
      ])
      return startNest(platform, [Routes], { bodyLimit, configure: (app) => app.useGlobalFilters(new ProblemFilter(options as never)) })
    },
  }
}

runContract([driver('express'), driver('fastify')])
