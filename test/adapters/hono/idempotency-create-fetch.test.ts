// statuskit's two halves together on Hono: createFetch with automatic keys against idempotency(),
// the first response lost after the work (the socket closed under the response).
import { getRequestListener } from '@hono/node-server'
import { Hono } from 'hono'
import { createServer } from 'node:http'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createFetch, type RetryEvent } from 'statuskit/fetch'
import { idempotency, problemHandler } from 'statuskit/hono'
import { memoryStore } from 'statuskit/idempotency'
import { closeLoopback, listenLoopback } from '../../helpers/loopback.js'

describe('createFetch({ idempotencyKey: "auto" }) against Hono idempotency()', () => {
  let url: string
  let close: () => Promise<void>
  let orders: { id: number; sku: string; key: string | undefined }[] = []
  let arrivals = 0

  beforeAll(async () => {
    const app = new Hono()
    app.post('/orders', idempotency({ store: memoryStore() }), async (c) => {
      const { sku } = await c.req.json<{ sku: string }>()
      const order = { id: orders.length + 1, sku, key: c.req.header('idempotency-key') }
      orders.push(order)
      return c.json(order, 201)
    })
    app.onError(problemHandler({ log: false }))
    const listener = getRequestListener(app.fetch)
    const server = createServer((req, res) => {
      if (++arrivals === 1) {
        // The route does the work and answers; the answer never reaches the client.
        res.writeHead = (() => {
          res.socket?.destroy()
          return res
        }) as typeof res.writeHead
      }
      void listener(req, res)
    })
    url = await listenLoopback(server)
    close = () => closeLoopback(server)
  })
  afterAll(() => close())
  beforeEach(() => {
    orders = []
    arrivals = 0
  })

  it('creates exactly one order when the first response is lost after the work: the retry gets the replay', async () => {
    const retries: RetryEvent[] = []
    const request = createFetch({ idempotencyKey: 'auto', idempotencyKeyHonoured: true, random: () => 0, onRetry: (event) => retries.push(event) })
    const response = await request(`${url}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sku: 'A1' }),
    })
    expect(response.status).toBe(201)
    expect(response.headers.get('idempotent-replayed')).toBe('true')
    expect(await response.json()).toEqual(orders[0])
    expect(orders).toHaveLength(1)
    expect(orders[0]?.key).toMatch(/^[0-9a-f-]{36}$/)
    expect(retries.map((event) => event.status)).toEqual([undefined])
  })
})
