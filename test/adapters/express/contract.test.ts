import type { Express, NextFunction, Request, Response } from 'express'
import express4 from 'express4'
import express5 from 'express5'
import { notFoundHandler, problemHandler } from 'statuskit/express'
import { runContract, type ContractDriver } from '../contract.js'
import { listen } from './listen.js'

function driver(name: string, express: typeof express5): ContractDriver {
  return {
    name,
    thrownNullIsNoError: true,
    async start({ options, routes, bodyLimit }) {
      const app: Express = express()
      app.post('/echo', express.json({ limit: bodyLimit }), (req: Request, res: Response) => void res.json(req.body))
      for (const route of routes) {
        app.get(route.path, () => {
          throw route.thrown()
        })
      }
      app.get('/started', (_req: Request, res: Response, next: NextFunction) => {
        res.writeHead(200, { 'content-type': 'text/plain' })
        res.write('partial')
        next(new Error('failed after the headers went out'))
      })
      app.use(notFoundHandler(options))
      app.use(problemHandler(options))
      return listen(app)
    },
  }
}

runContract([driver('express4', express4), driver('express5', express5)])
