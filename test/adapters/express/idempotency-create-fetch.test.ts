// statuskit's two halves together: createFetch with automatic keys against idempotency().
import type { NextFunction, Request, Response } from 'express'
import express from 'express5'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { idempotency, problemHandler } from 'statuskit/express'
import { createFetch, type FetchLike, type RetryEvent } from 'statuskit/fetch'
import { memoryStore } from 'statuskit/idempotency'
import { listen, type Loopback } from './listen.js'

describe('createFetch({ idempotencyKey: "auto" }) against idempotency()', () => {
  let server: Loopback
  let orders: { id: number; sku: string; key: string | undefined }[] = []
  let arrivals = 0
  /** What happens to the first arrival: its response is lost after the work, or its connection dies while it runs. */
  let fault: 'lose-response' | 'drop-while-running' = 'lose-response'
  let release: (() => void) | undefined
  let finished: Promise<void> = Promise.resolve()

  beforeAll(async () => {
    const app = express()
    // Installed before idempotency(): it sits between the route's response and the socket.
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (++arrivals !== 1 || fault !== 'lose-response') return next()
      // The route does the work and answers; the answer never reaches the client.
      res.end = function (this: Response) {
        this.socket?.destroy()
        return this
      } as Response['end']
      next()
    })
    app.post('/orders', express.json(), idempotency({ store: memoryStore() }), async (req, res) => {
      let done: (() => void) | undefined
      if (fault === 'drop-while-running' && arrivals === 1) {
        // The key is claimed and the work has begun when the connection dies (a proxy
        // timeout); the route goes on running until the test lets it finish.
        finished = new Promise<void>((resolve) => (done = resolve))
        const held = new Promise<void>((resolve) => (release = resolve))
        req.socket.destroy()
        await held
      }
      const order = { id: orders.length + 1, sku: req.body.sku as string, key: req.get('idempotency-key') }
      orders.push(order)
      res.status(201).json(order)
      done?.()
    })
    app.use(problemHandler({ log: false }))
    server = await listen(app)
  })
  afterAll(() => server.close())
  beforeEach(() => {
    orders = []
    arrivals = 0
  })

  it('creates exactly one order when the first response is lost after the work: the retry gets the replay', async () => {
    fault = 'lose-response'
    const retries: RetryEvent[] = []
    const request = createFetch({ idempotencyKey: 'auto', idempotencyKeyHonoured: true, random: () => 0, onRetry: (event) => retries.push(event) })
    const response = await request(`${server.url}/orders`, {
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

  it('backs off on the 409 "key in use" while the first attempt still runs, then gets the replay', async () => {
    fault = 'drop-while-running'
    const retries: RetryEvent[] = []
    // Sees each response; on the 409 it lets the first attempt finish before the client waits.
    const observing: FetchLike = async (input, init) => {
      const response = await fetch(input, init)
      if (response.status === 409) {
        release?.()
        await finished
      }
      return response
    }
    const request = createFetch({ fetch: observing, idempotencyKey: 'auto', idempotencyKeyHonoured: true, random: () => 0, onRetry: (event) => retries.push(event) })
    const response = await request(`${server.url}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sku: 'B2' }),
    })
    expect(retries.map((event) => event.status)).toEqual([undefined, 409])
    expect(retries[1]?.delayMs).toBeGreaterThanOrEqual(1000) // Retry-After: 1
    expect(response.status).toBe(201)
    expect(response.headers.get('idempotent-replayed')).toBe('true')
    expect(orders).toHaveLength(1)
    expect(await response.json()).toEqual(orders[0])
  })
})
