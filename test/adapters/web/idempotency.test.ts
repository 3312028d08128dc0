// statuskit/web's idempotency() under the idempotency contract (a web handler on Node through
// @hono/node-server's bridge), then what is the web entry's own: extra arguments, a stream.
import { internalServerError, notFound } from 'statuskit'
import { memoryStore } from 'statuskit/idempotency'
import { idempotency, withProblems } from 'statuskit/web'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { runIdempotencyContract, type IdempotencyDriver } from '../idempotency-contract.js'
import { serveWeb, type ServedWeb } from './serve-web.js'

const driver: IdempotencyDriver = {
  name: 'web-on-node',
  async start(setup) {
    const keyed = idempotency(setup.keyed)
    const routes: Record<string, (request: Request) => Promise<Response>> = {
      'POST /orders': keyed(async (request) => {
        const n = await setup.ran('/orders')
        const { sku } = (await request.json()) as { sku: string }
        return Response.json({ id: n, sku }, { status: 201, headers: { location: `/orders/${n}`, 'set-cookie': 'session=secret' } })
      }),
      'POST /big': keyed(async () => (await setup.ran('/big'), new Response('x'.repeat(1001), { headers: { 'content-type': 'text/plain' } }))),
      'POST /fails': keyed(async () => (await setup.ran('/fails'), Response.json({ retry: true }, { status: 503 }))),
      'POST /throws': keyed(async () => {
        await setup.ran('/throws')
        throw internalServerError()
      }),
      'POST /rejects': keyed(async () => (await setup.ran('/rejects'), Response.json({ error: 'sku taken' }, { status: 409 }))),
      'GET /orders': keyed(async () => (await setup.ran('GET /orders'), Response.json([]))),
      'POST /scoped': idempotency({ ...setup.keyed, scope: (request) => request.headers.get('x-user') ?? undefined })(async () =>
        Response.json({ call: await setup.ran('/scoped') }),
      ),
      'POST /required': idempotency(setup.required)(async () => (await setup.ran('/required'), new Response(null, { status: 201 }))),
      'POST /closed': idempotency(setup.closed)(async () => (await setup.ran('/closed'), new Response(null, { status: 201 }))),
      'POST /open': idempotency(setup.open)(async () => (await setup.ran('/open'), new Response(null, { status: 201 }))),
    }
    return serveWeb(
      withProblems(
        (request: Request) => {
          const route = routes[`${request.method} ${new URL(request.url).pathname}`]
          if (route === undefined) throw notFound()
          return route(request)
        },
        { log: false },
      ),
    )
  },
}

runIdempotencyContract([driver])

describe('idempotency() for web handlers, beyond the contract', () => {
  let served: ServedWeb
  let calls = 0
  const keyed = idempotency({ store: memoryStore(), maxBodyBytes: 100 })
  const streamed = keyed(() => {
    calls++
    const parts = ['job ', String(calls), ' queued']
    return new Response(
      new ReadableStream<Uint8Array>({
        pull(controller) {
          const part = parts.shift()
          if (part === undefined) controller.close()
          else controller.enqueue(new TextEncoder().encode(part))
        },
      }),
      { status: 202, headers: { 'content-type': 'text/plain; charset=utf-8' } },
    )
  })
  beforeAll(async () => {
    served = await serveWeb(withProblems(streamed))
  })
  afterAll(() => served.close())

  it('replays a streamed response byte for byte', async () => {
    const init = { method: 'POST', headers: { 'idempotency-key': 'stream-1' }, body: 'go' }
    const first = await fetch(served.url, init)
    expect(first.status).toBe(202)
    const text = await first.text()
    expect(text).toMatch(/^job \d+ queued$/)
    const again = await fetch(served.url, init)
    expect(again.status).toBe(202)
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    expect(await again.text()).toBe(text)
  })

  it('passes the extra arguments (env, ctx) through and gives the handler a readable body', async () => {
    const env = { DB: 'binding' }
    const handler = idempotency()(async (request: Request, e: typeof env, ctx: { id: number }) => Response.json({ db: e.DB, ctx: ctx.id, body: await request.text() }))
    const request = (): Request => new Request('http://localhost/orders', { method: 'POST', headers: { 'idempotency-key': 'args-1' }, body: 'hello' })
    expect(await (await handler(request(), env, { id: 1 })).json()).toEqual({ db: 'binding', ctx: 1, body: 'hello' })
    const again = await handler(request(), env, { id: 2 })
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    expect(await again.json()).toEqual({ db: 'binding', ctx: 1, body: 'hello' })
  })

  it('throws the refusal for withProblems to render, and frees the key of a handler that throws', async () => {
    const failing = idempotency({ required: true })(() => {
      throw new Error('boom')
    })
    await expect(failing(new Request('http://localhost/', { method: 'POST' }))).rejects.toMatchObject({ status: 400 })
    const keyedRequest = (): Request => new Request('http://localhost/', { method: 'POST', headers: { 'idempotency-key': 'k' }, body: '{}' })
    await expect(failing(keyedRequest())).rejects.toThrow('boom')
    await expect(failing(keyedRequest())).rejects.toThrow('boom') // not a 409: the key was freed
  })

  it('records the rest of a stream the client cancelled: stored when it ends within maxBodyBytes, else freed', async () => {
    let runs = 0
    const chunked = (count: number): ReadableStream<Uint8Array> => {
      let sent = 0
      return new ReadableStream<Uint8Array>({ pull: (controller) => (sent++ < count ? controller.enqueue(new TextEncoder().encode('0123456789')) : controller.close()) })
    }
    const handler = idempotency({ maxBodyBytes: 100 })((request: Request) => {
      runs++
      return new Response(chunked(request.headers.get('x-endless') ? Infinity : 5))
    })
    const request = (key: string, endless = false): Request =>
      new Request('http://localhost/', { method: 'POST', headers: { 'idempotency-key': key, ...(endless ? { 'x-endless': '1' } : {}) } })
    for (const [key, endless] of [['finite', false], ['endless', true]] as const) {
      const reader = (await handler(request(key, endless))).body!.getReader()
      await reader.read()
      await reader.cancel()
    }
    const finite = await vi.waitFor(async () => {
      const again = await handler(request('finite'))
      expect(again.headers.get('idempotent-replayed')).toBe('true')
      return again
    })
    expect(await finite.text()).toBe('0123456789'.repeat(5))
    const endless = await handler(request('endless', true))
    expect(endless.headers.get('idempotent-replayed')).toBeNull()
    await endless.body?.cancel()
    expect(runs).toBe(3)
  })

  it('stores a body that fits even when nobody reads the first response (a test calling the handler)', async () => {
    let runs = 0
    const handler = idempotency()(() => Response.json({ run: ++runs }, { status: 201 }))
    const request = (): Request => new Request('http://localhost/', { method: 'POST', headers: { 'idempotency-key': 'unread' } })
    await handler(request()) // its body is never read
    const again = await vi.waitFor(async () => {
      const response = await handler(request())
      expect(response.headers.get('idempotent-replayed')).toBe('true')
      return response
    })
    expect(await again.json()).toEqual({ run: 1 })
    expect(runs).toBe(1)
  })

  it('refuses a handler that is not a function and an invalid maxRequestBytes', () => {
    expect(() => idempotency()(42 as never)).toThrow(TypeError)
    expect(() => idempotency({ maxRequestBytes: -1 })).toThrow(RangeError)
  })
})
