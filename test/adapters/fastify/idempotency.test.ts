// statuskit/fastify's idempotency() under the idempotency contract (Fastify 4 and 5), then what
// is Fastify's own: validation before the claim, stream payloads, context-wide hooks.
import type { FastifyInstance } from 'fastify'
import fastify4 from 'fastify4'
import fastify5 from 'fastify5'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { internalServerError } from 'statuskit'
import { idempotency, problemPlugin } from 'statuskit/fastify'
import { memoryStore } from 'statuskit/idempotency'
import { runIdempotencyContract, type IdempotencyDriver } from '../idempotency-contract.js'

async function listen(app: FastifyInstance): Promise<{ url: string; close: () => Promise<void> }> {
  await app.listen({ port: 0, host: '127.0.0.1' })
  return { url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, close: () => app.close() }
}

const versions = [
  { name: 'fastify4', create: fastify4 as unknown as typeof fastify5 },
  { name: 'fastify5', create: fastify5 },
]

function driver(name: string, create: typeof fastify5): IdempotencyDriver {
  return {
    name,
    async start(setup) {
      const app = create()
      await app.register(problemPlugin, { log: false })
      const keyed = idempotency(setup.keyed)
      app.post('/orders', { ...keyed }, async (request, reply) => {
        const n = await setup.ran('/orders')
        return reply
          .code(201)
          .header('location', `/orders/${n}`)
          .header('set-cookie', 'session=secret')
          .send({ id: n, sku: (request.body as { sku?: string }).sku })
      })
      app.post('/big', { ...keyed }, async (request, reply) => (await setup.ran('/big'), reply.type('text/plain').send('x'.repeat(1001))))
      app.post('/fails', { ...keyed }, async (request, reply) => (await setup.ran('/fails'), reply.code(503).send({ retry: true })))
      app.post('/throws', { ...keyed }, async () => {
        await setup.ran('/throws')
        throw internalServerError()
      })
      app.post('/rejects', { ...keyed }, async (request, reply) => (await setup.ran('/rejects'), reply.code(409).send({ error: 'sku taken' })))
      app.get('/orders', { ...keyed }, async () => (await setup.ran('GET /orders'), []))
      const scoped = idempotency({ ...setup.keyed, scope: (request) => request.headers['x-user'] as string | undefined })
      app.post('/scoped', { ...scoped }, async () => ({ call: await setup.ran('/scoped') }))
      for (const [path, options] of [['/required', setup.required], ['/closed', setup.closed], ['/open', setup.open]] as const) {
        app.post(path, { ...idempotency(options) }, async (request, reply) => (await setup.ran(path), reply.code(201).send()))
      }
      return listen(app)
    },
  }
}

runIdempotencyContract(versions.map(({ name, create }) => driver(name, create)))

describe.each(versions)('idempotency() on $name, beyond the contract', ({ create }) => {
  let server: { url: string; close: () => Promise<void> }
  let calls = 0

  beforeAll(async () => {
    const app = create()
    await app.register(problemPlugin, { log: false })
    const keyed = idempotency({ store: memoryStore() })
    app.post('/validated', { ...keyed, schema: { body: { type: 'object', required: ['sku'] } } }, async (request, reply) => {
      calls++
      return reply.code(201).send({ ok: true })
    })
    app.post('/stream', { ...keyed }, async (request, reply) => {
      calls++
      return reply.type('text/plain').send(Readable.from(['a', 'b']))
    })
    // App-wide, for every route of a context:
    await app.register(async (scope) => {
      const hooks = idempotency()
      scope.addHook('preHandler', hooks.preHandler)
      scope.addHook('onSend', hooks.onSend)
      scope.post('/wide', async () => ({ call: ++calls }))
    })
    server = await listen(app)
  })
  afterAll(() => server.close())

  const post = (path: string, key: string, body: unknown = { sku: 'A1' }): Promise<Response> =>
    fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': key }, body: JSON.stringify(body) })

  it('claims nothing for a request that fails validation: the corrected request runs with the same key', async () => {
    const before = calls
    expect((await post('/validated', 'v-1', {})).status).toBe(400)
    expect((await post('/validated', 'v-1', { sku: 'A1' })).status).toBe(201)
    expect(calls).toBe(before + 1)
  })

  it('frees the key after a streamed payload: the repeat runs again', async () => {
    const before = calls
    expect(await (await post('/stream', 'stream-1')).text()).toBe('ab')
    const again = await post('/stream', 'stream-1')
    expect(again.headers.get('idempotent-replayed')).toBeNull()
    expect(calls).toBe(before + 2)
  })

  it('works as context-wide hooks', async () => {
    const first = await (await post('/wide', 'wide-1')).json()
    const again = await post('/wide', 'wide-1')
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    expect(await again.json()).toEqual(first)
  })
})
