/**
 * The idempotency contract: one table of cases every adapter's `idempotency()` must pass,
 * on every framework and major version, against a real server on 127.0.0.1, once with a
 * `memoryStore()` and once with a `redisStore()` on a real `redis-server` the contract
 * starts on a random loopback port.
 *
 * ## Adding a framework
 *
 * Write an {@link IdempotencyDriver} in `test/adapters/<framework>/idempotency.test.ts`
 * and call `runIdempotencyContract([driver, ...])`. Its `start(setup)` starts a real server
 * on 127.0.0.1 on a random port, with the adapter's problem handler installed
 * (`log: false`), and these routes; every handler first awaits `setup.ran(path)`, which
 * returns how many times that path ran (this run included):
 *
 * - with one `idempotency(setup.keyed)` shared by them:
 *   - `POST /orders`: reads the JSON body; 201, `Location: /orders/<n>`,
 *     `Set-Cookie: session=secret`, JSON `{ id: n, sku: body.sku }`;
 *   - `POST /big`: 200 `text/plain`, 1001 × `x` (over `setup.keyed.maxBodyBytes`);
 *   - `POST /fails`: 503 JSON `{ retry: true }`;
 *   - `POST /throws`: throws `internalServerError()`;
 *   - `POST /rejects`: 409 JSON `{ error: 'sku taken' }`;
 *   - `GET /orders`: 200 JSON `[]` (it awaits `setup.ran('GET /orders')`);
 * - `POST /scoped` with `idempotency({ ...setup.keyed, scope })`, the scope read from the
 *   `x-user` header: 200 JSON `{ call: n }`;
 * - `POST /required` with `idempotency(setup.required)`: 201, no body;
 * - `POST /closed` and `POST /open` with `idempotency(setup.closed)` and `(setup.open)`: 201, no body.
 *
 * Drivers translate only: they never assert.
 */
import { Redis } from 'ioredis'
import { idempotencyKeyInUse, idempotencyKeyMissing, idempotencyKeyReused } from 'statuskit'
import { memoryStore, redisStore, type IdempotencyOptions, type IdempotencyStore } from 'statuskit/idempotency'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startRedisServer, type RedisServer } from '../helpers/redis-server.mjs'
import type { ContractServer } from './contract.js'

/** What a driver's server is built from. */
export interface IdempotencySetup {
  /** The options of the keyed routes: a store and `maxBodyBytes: 1000`. */
  readonly keyed: IdempotencyOptions
  /** The options of `POST /required`. */
  readonly required: IdempotencyOptions
  /** The options of `POST /closed`: a store that always fails. */
  readonly closed: IdempotencyOptions
  /** The options of `POST /open`: the failing store with `onStoreError: 'fail-open'`. */
  readonly open: IdempotencyOptions
  /** Every handler awaits it first; resolves to how many times `path` ran, this run included. */
  ran(path: string): Promise<number>
}

/** One framework and version under the idempotency contract. */
export interface IdempotencyDriver {
  /** E.g. `express5`, `hono4`, `web-on-node`. */
  readonly name: string
  /** Starts the server described in this file's header. */
  start(setup: IdempotencySetup): Promise<ContractServer>
}

const failingStore: IdempotencyStore = {
  claim: () => Promise.reject(new Error('ECONNREFUSED')),
  complete: () => Promise.reject(new Error('ECONNREFUSED')),
  release: () => Promise.reject(new Error('ECONNREFUSED')),
}

/** A promise with its resolve function, to hold a handler until the test lets it go. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void
  const promise = new Promise<void>((r) => (resolve = r))
  return { promise, resolve }
}

const STORES = ['memoryStore', 'redisStore'] as const

/**
 * Runs every idempotency case against each driver, with each store: one server per driver
 * and store, started before its cases and closed after them.
 *
 * @param drivers - The frameworks and versions to check.
 */
export function runIdempotencyContract(drivers: readonly IdempotencyDriver[]): void {
  let redis: RedisServer
  const clients: Redis[] = []
  beforeAll(async () => {
    redis = await startRedisServer()
  })
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.quit()))
    await redis?.stop()
  })

  const table = drivers.flatMap((driver) => STORES.map((store) => ({ name: driver.name, store, driver })))
  describe.each(table)('idempotency contract on $name with $store', ({ driver, store }) => {
    let server: ContractServer
    const runs = new Map<string, number>()
    const count = (path: string): number => runs.get(path) ?? 0
    let gate: { promise: Promise<void>; resolve: () => void } | undefined
    let entered: (() => void) | undefined

    beforeAll(async () => {
      let keyedStore: IdempotencyStore = memoryStore()
      if (store === 'redisStore') {
        const client = new Redis(redis.url)
        clients.push(client)
        keyedStore = redisStore(client, { prefix: `contract:${driver.name}:` })
      }
      server = await driver.start({
        keyed: { store: keyedStore, maxBodyBytes: 1000 },
        required: { required: true },
        closed: { store: failingStore },
        open: { store: failingStore, onStoreError: 'fail-open' },
        async ran(path) {
          runs.set(path, count(path) + 1)
          const n = count(path)
          if (path === '/orders') {
            entered?.()
            if (gate) await gate.promise
          }
          return n
        },
      })
    })
    afterAll(() => server.close())

    const post = (path: string, key: string | undefined, body: unknown = { sku: 'A1' }, headers: Record<string, string> = {}): Promise<Response> =>
      fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}), ...headers },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      })

    it('runs the first request and replays its response to a repeat, marked Idempotent-Replayed, without a Set-Cookie', async () => {
      const before = count('/orders')
      const first = await post('/orders', 'order-1')
      expect(first.status).toBe(201)
      expect(first.headers.get('idempotent-replayed')).toBeNull()
      expect(first.headers.get('set-cookie')).toContain('session=secret')
      const body = await first.text()
      expect(JSON.parse(body)).toEqual({ id: before + 1, sku: 'A1' })
      const again = await post('/orders', 'order-1')
      expect(again.status).toBe(201)
      expect(again.headers.get('idempotent-replayed')).toBe('true')
      expect(again.headers.get('location')).toBe(first.headers.get('location'))
      expect(again.headers.get('content-type')).toBe(first.headers.get('content-type'))
      expect(again.headers.get('etag')).toBe(first.headers.get('etag'))
      expect(again.headers.get('set-cookie')).toBeNull()
      expect(again.headers.get('content-length')).toBe(String(new TextEncoder().encode(body).byteLength))
      expect(await again.text()).toBe(body)
      expect(count('/orders')).toBe(before + 1)
    })

    it('answers a repeat while the first runs with a 409 idempotencyKeyInUse problem and Retry-After: 1', async () => {
      const before = count('/orders')
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
      expect(count('/orders')).toBe(before + 1)
    })

    it('answers the key with another body, or on another path, with a 422 idempotencyKeyReused problem', async () => {
      expect((await post('/orders', 'order-3')).status).toBe(201)
      const reused = await post('/orders', 'order-3', { sku: 'B2' })
      expect(reused.status).toBe(422)
      expect(reused.headers.get('content-type')).toBe('application/problem+json')
      expect(await reused.json()).toMatchObject({ type: idempotencyKeyReused.type, status: 422 })
      expect((await post('/rejects', 'order-3')).status).toBe(422)
    })

    it('answers a missing key where required with a 400 idempotencyKeyMissing problem, a malformed key always', async () => {
      const missing = await post('/required', undefined)
      expect(missing.status).toBe(400)
      expect(await missing.json()).toMatchObject({ type: idempotencyKeyMissing.type, status: 400 })
      expect((await post('/required', 'k-required')).status).toBe(201)
      expect((await post('/orders', 'not a key')).status).toBe(400)
    })

    it("renders a refusal through the adapter's problem handler: text/plain on request", async () => {
      const plain = await post('/required', undefined, {}, { accept: 'text/plain' })
      expect(plain.status).toBe(400)
      expect(plain.headers.get('content-type')).toMatch(/^text\/plain/)
    })

    it.each([
      { path: '/fails', status: 503, why: 'a 5xx' },
      { path: '/throws', status: 500, why: 'a thrown error' },
      { path: '/big', status: 200, why: 'a body over maxBodyBytes' },
    ])('frees the key after $why: the repeat runs again', async ({ path, status }) => {
      const before = count(path)
      const first = await post(path, `free-${path}`)
      expect(first.status).toBe(status)
      const text = await first.text()
      if (path === '/big') expect(text).toBe('x'.repeat(1001))
      const again = await post(path, `free-${path}`)
      expect(again.status).toBe(status)
      expect(again.headers.get('idempotent-replayed')).toBeNull()
      expect(count(path)).toBe(before + 2)
    })

    it('stores a 4xx outcome: the repeat gets the same error, replayed', async () => {
      const before = count('/rejects')
      expect((await post('/rejects', 'rejects-1')).status).toBe(409)
      const again = await post('/rejects', 'rejects-1')
      expect(again.status).toBe(409)
      expect(again.headers.get('idempotent-replayed')).toBe('true')
      expect(await again.json()).toEqual({ error: 'sku taken' })
      expect(count('/rejects')).toBe(before + 1)
    })

    it('leaves other methods and unkeyed requests alone', async () => {
      const before = count('GET /orders')
      for (let i = 0; i < 2; i++) {
        const get = await fetch(`${server.url}/orders`, { headers: { 'idempotency-key': 'get-1' } })
        expect(get.status).toBe(200)
        expect(await get.json()).toEqual([])
      }
      expect(count('GET /orders')).toBe(before + 2)
      const ordersBefore = count('/orders')
      await post('/orders', undefined)
      await post('/orders', undefined)
      expect(count('/orders')).toBe(ordersBefore + 2)
    })

    it('looks keys up within the scope the option gives', async () => {
      const alice = await (await post('/scoped', 'same', {}, { 'x-user': 'alice' })).json()
      const bob = await (await post('/scoped', 'same', {}, { 'x-user': 'bob' })).json()
      expect(bob).not.toEqual(alice)
      expect(await (await post('/scoped', 'same', {}, { 'x-user': 'alice' })).json()).toEqual(alice)
    })

    it('fails closed on a store failure (503 problem with Retry-After, no detail), or open when asked', async () => {
      const closed = await post('/closed', 'k-closed')
      expect(closed.status).toBe(503)
      expect(closed.headers.get('retry-after')).toBe('1')
      expect(closed.headers.get('content-type')).toBe('application/problem+json')
      expect(await closed.text()).not.toContain('ECONNREFUSED')
      expect((await post('/open', 'k-open')).status).toBe(201)
    })
  })
}
