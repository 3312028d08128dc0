import type { Express } from 'express'
import express4 from 'express4'
import express5 from 'express5'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { idempotencyKeyInUse, idempotencyKeyMissing, idempotencyKeyReused, internalServerError } from 'statuskit'
import { idempotency, problemHandler } from 'statuskit/express'
import { memoryStore, type IdempotencyStore } from 'statuskit/idempotency'
import { listen, type Loopback } from './listen.js'

/** A promise with its resolve function, to hold a handler until the test lets it go. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void
  const promise = new Promise<void>((r) => (resolve = r))
  return { promise, resolve }
}

const failingStore: IdempotencyStore = {
  claim: () => Promise.reject(new Error('ECONNREFUSED')),
  complete: () => Promise.reject(new Error('ECONNREFUSED')),
  release: () => Promise.reject(new Error('ECONNREFUSED')),
}

describe.each([
  { name: 'express4', express: express4 },
  { name: 'express5', express: express5 },
])('idempotency() on $name', ({ express }) => {
  let server: Loopback
  let orders = 0
  let calls = 0
  let gate: { promise: Promise<void>; resolve: () => void } | undefined
  let entered: (() => void) | undefined

  beforeAll(async () => {
    const app: Express = express()
    app.use(express.json())
    const keyed = idempotency({ store: memoryStore(), maxBodyBytes: 1000 })
    app.post('/orders', keyed, async (req, res) => {
      calls++
      entered?.()
      if (gate) await gate.promise
      orders++
      res.status(201).set('location', `/orders/${orders}`).cookie('session', 'secret').json({ id: orders, sku: req.body.sku })
    })
    app.post('/stream', keyed, (req, res) => {
      calls++
      res.writeHead(202, 'Accepted', { 'content-type': 'text/plain; charset=utf-8', 'x-job': String(calls) })
      res.write('job ')
      res.write(Buffer.from(String(calls)))
      res.end(' queued', 'utf8')
    })
    app.post('/big', keyed, (req, res) => {
      calls++
      res.type('text/plain').send('x'.repeat(1001))
    })
    app.post('/fails', keyed, (req, res) => {
      calls++
      res.status(503).json({ retry: true })
    })
    app.post('/throws', keyed, () => {
      calls++
      throw internalServerError()
    })
    app.post('/rejects', keyed, (req, res) => {
      calls++
      res.status(409).json({ error: 'sku taken' })
    })
    app.get('/orders', keyed, (req, res) => {
      calls++
      res.json([])
    })
    app.post('/required', express.json(), idempotency({ required: true }), (req, res) => res.status(201).end())
    app.post('/scoped', idempotency({ scope: (req) => req.get('x-user') }), (req, res) => {
      calls++
      res.json({ call: calls })
    })
    app.post('/closed', idempotency({ store: failingStore }), (req, res) => res.status(201).end())
    app.post('/open', idempotency({ store: failingStore, onStoreError: 'fail-open' }), (req, res) => res.status(201).end())
    app.use(problemHandler({ log: false }))
    server = await listen(app)
  })
  afterAll(() => server.close())

  const post = (path: string, key: string | undefined, body: unknown = { sku: 'A1' }, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}), ...headers },
      body: JSON.stringify(body),
    })

  it('runs the first request and replays its response to a repeat, marked Idempotent-Replayed, without a Set-Cookie', async () => {
    const before = orders
    const first = await post('/orders', 'order-1')
    expect(first.status).toBe(201)
    expect(first.headers.get('idempotent-replayed')).toBeNull()
    expect(first.headers.get('set-cookie')).toContain('session=secret')
    const body = await first.text()
    const again = await post('/orders', 'order-1')
    expect(again.status).toBe(201)
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    expect(again.headers.get('location')).toBe(first.headers.get('location'))
    expect(again.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'))
    expect(again.headers.get('set-cookie')).toBeNull()
    expect(await again.text()).toBe(body)
    expect(orders).toBe(before + 1)
  })

  it('answers a repeat while the first runs with a 409 idempotencyKeyInUse problem and Retry-After: 1', async () => {
    const before = orders
    gate = deferred()
    const arrived = new Promise<void>((resolve) => (entered = resolve))
    const first = post('/orders', 'order-2')
    await arrived
    const second = await post('/orders', 'order-2')
    expect(second.status).toBe(409)
    expect(second.headers.get('retry-after')).toBe('1')
    expect(second.headers.get('content-type')).toBe('application/problem+json')
    expect(await second.json()).toEqual({ type: idempotencyKeyInUse.type, title: 'Idempotency key in use', status: 409 })
    gate.resolve()
    gate = undefined
    entered = undefined
    expect((await first).status).toBe(201)
    expect((await post('/orders', 'order-2')).headers.get('idempotent-replayed')).toBe('true')
    expect(orders).toBe(before + 1)
  })

  it('answers the key with another body with a 422 idempotencyKeyReused problem', async () => {
    expect((await post('/orders', 'order-3')).status).toBe(201)
    const reused = await post('/orders', 'order-3', { sku: 'B2' })
    expect(reused.status).toBe(422)
    expect(await reused.json()).toMatchObject({ type: idempotencyKeyReused.type, status: 422 })
    // and on another path
    expect((await post('/rejects', 'order-3')).status).toBe(422)
  })

  it('answers a missing key where required with a 400 idempotencyKeyMissing problem, a malformed key always', async () => {
    const missing = await post('/required', undefined)
    expect(missing.status).toBe(400)
    expect(await missing.json()).toMatchObject({ type: idempotencyKeyMissing.type, status: 400 })
    expect((await post('/required', 'k-required')).status).toBe(201)
    expect((await post('/orders', 'not a key')).status).toBe(400)
  })

  it('records writeHead headers and streamed chunks, and replays them', async () => {
    const first = await post('/stream', 'stream-1')
    expect(first.status).toBe(202)
    const text = await first.text()
    expect(text).toMatch(/^job \d+ queued$/)
    const again = await post('/stream', 'stream-1')
    expect(again.status).toBe(202)
    expect(again.headers.get('x-job')).toBe(first.headers.get('x-job'))
    expect(again.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(again.headers.get('content-length')).toBe(String(text.length))
    expect(await again.text()).toBe(text)
  })

  it.each([
    { path: '/fails', status: 503, why: 'a 5xx' },
    { path: '/throws', status: 500, why: 'a thrown error' },
    { path: '/big', status: 200, why: 'a body over maxBodyBytes' },
  ])('frees the key after $why: the repeat runs again', async ({ path, status }) => {
    const before = calls
    expect((await post(path, `free-${path}`)).status).toBe(status)
    const again = await post(path, `free-${path}`)
    expect(again.status).toBe(status)
    expect(again.headers.get('idempotent-replayed')).toBeNull()
    expect(calls).toBe(before + 2)
  })

  it('stores a 4xx outcome: the repeat gets the same error, replayed', async () => {
    const before = calls
    expect((await post('/rejects', 'rejects-1')).status).toBe(409)
    const again = await post('/rejects', 'rejects-1')
    expect(again.status).toBe(409)
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    expect(await again.json()).toEqual({ error: 'sku taken' })
    expect(calls).toBe(before + 1)
  })

  it('leaves other methods and unkeyed requests alone', async () => {
    const before = calls
    const get = await fetch(`${server.url}/orders`, { headers: { 'idempotency-key': 'get-1' } })
    await fetch(`${server.url}/orders`, { headers: { 'idempotency-key': 'get-1' } })
    expect(get.status).toBe(200)
    expect(calls).toBe(before + 2)
    const ordersBefore = orders
    await post('/orders', undefined)
    await post('/orders', undefined)
    expect(orders).toBe(ordersBefore + 2)
  })

  it('looks keys up within the scope the option gives', async () => {
    const alice = await (await post('/scoped', 'same', {}, { 'x-user': 'alice' })).json()
    const bob = await (await post('/scoped', 'same', {}, { 'x-user': 'bob' })).json()
    expect(bob).not.toEqual(alice)
    expect(await (await post('/scoped', 'same', {}, { 'x-user': 'alice' })).json()).toEqual(alice)
  })

  it('fails closed on a store failure (503 with Retry-After, no detail), or open when asked', async () => {
    const closed = await post('/closed', 'k-closed')
    expect(closed.status).toBe(503)
    expect(closed.headers.get('retry-after')).toBe('1')
    expect(await closed.text()).not.toContain('ECONNREFUSED')
    expect((await post('/open', 'k-open')).status).toBe(201)
  })
})
