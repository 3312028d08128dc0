// statuskit/hono's idempotency() under the idempotency contract (Hono 4 on @hono/node-server),
// then what is Hono's own: app.use, a streamed response, the body for the handler.
import { getRequestListener } from '@hono/node-server'
import { Hono } from 'hono'
import { streamText } from 'hono/streaming'
import { createServer } from 'node:http'
import { internalServerError } from 'statuskit'
import { idempotency, problemHandler } from 'statuskit/hono'
import { memoryStore } from 'statuskit/idempotency'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeLoopback, listenLoopback } from '../../helpers/loopback.js'
import type { ContractServer } from '../contract.js'
import { runIdempotencyContract, type IdempotencyDriver } from '../idempotency-contract.js'

async function serve(app: Hono): Promise<ContractServer> {
  const server = createServer(getRequestListener(app.fetch))
  const url = await listenLoopback(server)
  return { url, close: () => closeLoopback(server) }
}

const driver: IdempotencyDriver = {
  name: 'hono4',
  async start(setup) {
    const app = new Hono()
    const keyed = idempotency(setup.keyed)
    app.post('/orders', keyed, async (c) => {
      const n = await setup.ran('/orders')
      const { sku } = await c.req.json<{ sku: string }>()
      c.header('location', `/orders/${n}`)
      c.header('set-cookie', 'session=secret')
      return c.json({ id: n, sku }, 201)
    })
    app.post('/big', keyed, async (c) => {
      await setup.ran('/big')
      return c.text('x'.repeat(1001))
    })
    app.post('/fails', keyed, async (c) => {
      await setup.ran('/fails')
      return c.json({ retry: true }, 503)
    })
    app.post('/throws', keyed, async () => {
      await setup.ran('/throws')
      throw internalServerError()
    })
    app.post('/rejects', keyed, async (c) => {
      await setup.ran('/rejects')
      return c.json({ error: 'sku taken' }, 409)
    })
    app.get('/orders', keyed, async (c) => {
      await setup.ran('GET /orders')
      return c.json([])
    })
    app.post('/scoped', idempotency({ ...setup.keyed, scope: (c) => c.req.header('x-user') }), async (c) => c.json({ call: await setup.ran('/scoped') }))
    app.post('/required', idempotency(setup.required), async (c) => (await setup.ran('/required'), c.body(null, 201)))
    app.post('/closed', idempotency(setup.closed), async (c) => (await setup.ran('/closed'), c.body(null, 201)))
    app.post('/open', idempotency(setup.open), async (c) => (await setup.ran('/open'), c.body(null, 201)))
    app.onError(problemHandler({ log: false }))
    return serve(app)
  },
}

runIdempotencyContract([driver])

describe('idempotency() on Hono, beyond the contract', () => {
  let server: ContractServer
  let calls = 0
  beforeAll(async () => {
    const app = new Hono()
    app.use('/api/*', idempotency({ store: memoryStore(), maxBodyBytes: 100, maxRequestBytes: 64 }))
    app.post('/api/stream', (c) => {
      calls++
      return streamText(c, async (stream) => {
        await stream.write('job ')
        await stream.write(String(calls))
        await stream.write(' queued')
      })
    })
    app.post('/api/raw', async (c) => {
      calls++
      return c.json({ text: await c.req.raw.text() })
    })
    app.post('/api/long', (c) => {
      calls++
      return streamText(c, async (stream) => {
        for (let i = 0; i < 20; i++) await stream.write('0123456789')
      })
    })
    app.post('/api/not-error', () => {
      calls++
      throw 'plain string' // not an Error: Hono does not hand it to onError
    })
    app.post('/keyed-json', idempotency({ fingerprint: async (c) => (await c.req.json<{ sku: string }>()).sku }), async (c) => {
      calls++
      return c.json(await c.req.json())
    })
    app.onError(problemHandler({ log: false }))
    server = await serve(app)
  })
  afterAll(() => server.close())

  const post = (path: string, key: string, body = '{"sku":"A1"}'): Promise<Response> =>
    fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': key }, body })

  it('works app-wide with app.use and replays a streamed response byte for byte', async () => {
    const first = await post('/api/stream', 'stream-1')
    const text = await first.text()
    expect(text).toMatch(/^job \d+ queued$/)
    const again = await post('/api/stream', 'stream-1')
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    expect(again.headers.get('content-type')).toBe(first.headers.get('content-type'))
    expect(await again.text()).toBe(text)
  })

  it('leaves the raw request body readable for the handler', async () => {
    const response = await post('/api/raw', 'raw-1', 'hello')
    expect(await response.json()).toEqual({ text: 'hello' })
    expect(await (await post('/api/raw', 'raw-1', 'hello')).json()).toEqual({ text: 'hello' })
  })

  it('passes a streamed body over maxBodyBytes through whole and frees the key', async () => {
    const before = calls
    expect(await (await post('/api/long', 'long-1')).text()).toBe('0123456789'.repeat(20))
    const again = await post('/api/long', 'long-1')
    expect(again.headers.get('idempotent-replayed')).toBeNull()
    expect(await again.text()).toBe('0123456789'.repeat(20))
    expect(calls).toBe(before + 2)
  })

  it('answers a keyed body over maxRequestBytes with a 413 problem, running nothing', async () => {
    const before = calls
    const response = await post('/api/raw', 'large-1', 'x'.repeat(65))
    expect(response.status).toBe(413)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(calls).toBe(before)
  })

  it('frees the key when the handler throws a value that is not an Error', async () => {
    const before = calls
    expect((await post('/api/not-error', 'ne-1')).status).toBe(500)
    expect((await post('/api/not-error', 'ne-1')).status).toBe(500)
    expect(calls).toBe(before + 2)
  })

  it('takes a fingerprint option that reads the body Hono caches for the handler', async () => {
    const first = await post('/keyed-json', 'fp-1', '{"sku":"A1","note":"x"}')
    expect(await first.json()).toEqual({ sku: 'A1', note: 'x' })
    // same sku, another note: the same fingerprint, so the replay
    const again = await post('/keyed-json', 'fp-1', '{"sku":"A1","note":"y"}')
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    expect((await post('/keyed-json', 'fp-1', '{"sku":"B2"}')).status).toBe(422)
  })
})
