// statuskit/express's idempotency() under the idempotency contract (Express 4 and 5), then what
// is Express's own: headers given to writeHead and chunks written one by one.
import type { Express, NextFunction, Request, Response as ExpressResponse } from 'express'
import express4 from 'express4'
import express5 from 'express5'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { internalServerError } from 'statuskit'
import { idempotency, problemHandler } from 'statuskit/express'
import { memoryStore } from 'statuskit/idempotency'
import { runIdempotencyContract, type IdempotencyDriver } from '../idempotency-contract.js'
import { listen, type Loopback } from './listen.js'

function driver(name: string, express: typeof express5): IdempotencyDriver {
  return {
    name,
    async start(setup) {
      const app: Express = express()
      app.use(express.json())
      const keyed = idempotency(setup.keyed)
      app.post('/orders', keyed, async (req: Request, res: ExpressResponse) => {
        const n = await setup.ran('/orders')
        res.status(201).set('location', `/orders/${n}`).cookie('session', 'secret').json({ id: n, sku: req.body.sku })
      })
      app.post('/big', keyed, async (req: Request, res: ExpressResponse) => {
        await setup.ran('/big')
        res.type('text/plain').send('x'.repeat(1001))
      })
      app.post('/fails', keyed, async (req: Request, res: ExpressResponse) => {
        await setup.ran('/fails')
        res.status(503).json({ retry: true })
      })
      app.post('/throws', keyed, async (req: Request, res: ExpressResponse, next: NextFunction) => {
        await setup.ran('/throws')
        next(internalServerError())
      })
      app.post('/rejects', keyed, async (req: Request, res: ExpressResponse) => {
        await setup.ran('/rejects')
        res.status(409).json({ error: 'sku taken' })
      })
      app.get('/orders', keyed, async (req: Request, res: ExpressResponse) => {
        await setup.ran('GET /orders')
        res.json([])
      })
      app.post('/scoped', idempotency({ ...setup.keyed, scope: (req) => req.get('x-user') }), async (req: Request, res: ExpressResponse) => {
        res.json({ call: await setup.ran('/scoped') })
      })
      for (const [path, options] of [['/required', setup.required], ['/closed', setup.closed], ['/open', setup.open]] as const) {
        app.post(path, idempotency(options), async (req: Request, res: ExpressResponse) => {
          await setup.ran(path)
          res.status(201).end()
        })
      }
      app.use(problemHandler({ log: false }))
      return listen(app)
    },
  }
}

runIdempotencyContract([driver('express4', express4), driver('express5', express5)])

describe.each([
  { name: 'express4', express: express4 },
  { name: 'express5', express: express5 },
])('idempotency() on $name, beyond the contract', ({ express }) => {
  let server: Loopback
  let calls = 0

  beforeAll(async () => {
    const app: Express = express()
    app.post('/stream', idempotency({ store: memoryStore() }), (req, res) => {
      calls++
      res.writeHead(202, 'Accepted', { 'content-type': 'text/plain; charset=utf-8', 'x-job': String(calls) })
      res.write('job ')
      res.write(Buffer.from(String(calls)))
      res.end(' queued', 'utf8')
    })
    app.use(problemHandler({ log: false }))
    server = await listen(app)
  })
  afterAll(() => server.close())

  it('records writeHead headers and streamed chunks, and replays them', async () => {
    const post = (): Promise<Response> => fetch(`${server.url}/stream`, { method: 'POST', headers: { 'idempotency-key': 'stream-1' } })
    const first = await post()
    expect(first.status).toBe(202)
    const text = await first.text()
    expect(text).toMatch(/^job \d+ queued$/)
    const again = await post()
    expect(again.status).toBe(202)
    expect(again.headers.get('x-job')).toBe(first.headers.get('x-job'))
    expect(again.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(again.headers.get('content-length')).toBe(String(text.length))
    expect(await again.text()).toBe(text)
  })
})
