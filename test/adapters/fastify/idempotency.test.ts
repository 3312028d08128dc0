import type { FastifyInstance } from 'fastify'
import fastify4 from 'fastify4'
import fastify5 from 'fastify5'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { idempotencyKeyInUse, idempotencyKeyMissing, idempotencyKeyReused, internalServerError } from 'statuskit'
import { idempotency, problemPlugin } from 'statuskit/fastify'
import { memoryStore, type IdempotencyStore } from 'statuskit/idempotency'

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
  { name: 'fastify4', create: fastify4 as unknown as typeof fastify5 },
  { name: 'fastify5', create: fastify5 },
])('idempotency() on $name', ({ create }) => {
  let app: FastifyInstance
  let url: string
  let orders = 0
  let calls = 0
  let gate: { promise: Promise<void>; resolve: () => void } | undefined
  let entered: (() => void) | undefined

  beforeAll(async () => {
    app = create()
    await app.register(problemPlugin, { log: false })
    const keyed = idempotency({ store: memoryStore(), maxBodyBytes: 1000 })
    app.post('/orders', { ...keyed }, async (request, reply) => {
      calls++
      entered?.()
      if (gate) await gate.promise
      orders++
      return reply
        .code(201)
        .header('location', `/orders/${orders}`)
        .header('set-cookie', 'session=secret')
        .send({ id: orders, sku: (request.body as { sku?: string }).sku })
    })
    app.post('/validated', { ...keyed, schema: { body: { type: 'object', required: ['sku'] } } }, async (request, reply) => {
      calls++
      return reply.code(201).send({ ok: true })
    })
    app.post('/big', { ...keyed }, async (request, reply) => {
      calls++
      return reply.type('text/plain').send('x'.repeat(1001))
    })
    app.post('/stream', { ...keyed }, async (request, reply) => {
      calls++
      return reply.type('text/plain').send(Readable.from(['a', 'b']))
    })
    app.post('/fails', { ...keyed }, async (request, reply) => {
      calls++
      return reply.code(503).send({ retry: true })
    })
    app.post('/throws', { ...keyed }, async () => {
      calls++
      throw internalServerError()
    })
    app.post('/rejects', { ...keyed }, async (request, reply) => {
      calls++
      return reply.code(409).send({ error: 'sku taken' })
    })
    app.get('/orders', { ...keyed }, async () => {
      calls++
      return []
    })
    app.post('/required', { ...idempotency({ required: true }) }, async (request, reply) => reply.code(201).send())
    app.post('/scoped', { ...idempotency({ scope: (request) => request.headers['x-user'] as string | undefined }) }, async () => ({ call: ++calls }))
    app.post('/closed', { ...idempotency({ store: failingStore }) }, async (request, reply) => reply.code(201).send())
    app.post('/open', { ...idempotency({ store: failingStore, onStoreError: 'fail-open' }) }, async (request, reply) => reply.code(201).send())
    // App-wide, for every route of a context:
    await app.register(async (scope) => {
      const hooks = idempotency()
      scope.addHook('preHandler', hooks.preHandler)
      scope.addHook('onSend', hooks.onSend)
      scope.post('/wide', async () => ({ call: ++calls }))
    })
    await app.listen({ port: 0, host: '127.0.0.1' })
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
  })
  afterAll(() => app.close())

  const post = (path: string, key: string | undefined, body: unknown = { sku: 'A1' }, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}), ...headers },
      body: JSON.stringify(body),
    })

  it('runs the first request and replays its response to a repeat, marked Idempotent-Replayed, without a Set-Cookie', async () => {
    const before = orders
    const first = await post('/orders', 'order-1')
    expect(first.status).toBe(201)
    expect(first.headers.get('idempotent-replayed')).toBeNull()
    expect(first.headers.get('set-cookie')).toBe('session=secret')
    const body = await first.text()
    const again = await post('/orders', 'order-1')
    expect(again.status).toBe(201)
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    expect(again.headers.get('location')).toBe(first.headers.get('location'))
    expect(again.headers.get('content-type')).toBe(first.headers.get('content-type'))
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
  })

  it('answers a missing key where required with a 400 idempotencyKeyMissing problem, a malformed key always', async () => {
    const missing = await post('/required', undefined)
    expect(missing.status).toBe(400)
    expect(await missing.json()).toMatchObject({ type: idempotencyKeyMissing.type, status: 400 })
    expect((await post('/required', 'k-required')).status).toBe(201)
    expect((await post('/orders', 'not a key')).status).toBe(400)
  })

  it('claims nothing for a request that fails validation: the corrected request runs with the same key', async () => {
    const before = calls
    expect((await post('/validated', 'v-1', {})).status).toBe(400)
    expect((await post('/validated', 'v-1', { sku: 'A1' })).status).toBe(201)
    expect(calls).toBe(before + 1)
  })

  it.each([
    { path: '/fails', status: 503, why: 'a 5xx' },
    { path: '/throws', status: 500, why: 'a thrown error' },
    { path: '/big', status: 200, why: 'a body over maxBodyBytes' },
    { path: '/stream', status: 200, why: 'a streamed payload' },
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
    await fetch(`${url}/orders`, { headers: { 'idempotency-key': 'get-1' } })
    await fetch(`${url}/orders`, { headers: { 'idempotency-key': 'get-1' } })
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

  it('works as context-wide hooks', async () => {
    const first = await (await post('/wide', 'wide-1')).json()
    const again = await post('/wide', 'wide-1')
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    expect(await again.json()).toEqual(first)
  })

  it('fails closed on a store failure (503 with Retry-After, no detail), or open when asked', async () => {
    const closed = await post('/closed', 'k-closed')
    expect(closed.status).toBe(503)
    expect(closed.headers.get('retry-after')).toBe('1')
    expect(await closed.text()).not.toContain('ECONNREFUSED')
    expect((await post('/open', 'k-open')).status).toBe(201)
  })
})
