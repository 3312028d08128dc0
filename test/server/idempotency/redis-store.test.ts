import { Redis } from 'ioredis'
import { createClient } from 'redis'
import { createClient as createClient4 } from 'redis4'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createIdempotency, redisStore, type IdempotencyStore, type StoredResponse } from 'statuskit/idempotency'
import { startRedisServer, type RedisServer } from '../../helpers/redis-server.mjs'

let redis: RedisServer
beforeAll(async () => {
  redis = await startRedisServer()
})
afterAll(() => redis?.stop())

interface Client {
  store: IdempotencyStore
  /** A raw command, to look at what the store wrote. */
  command(...args: string[]): Promise<unknown>
  close(): Promise<unknown>
}

const clients: { name: string; connect: (url: string) => Promise<Client> }[] = [
  {
    name: 'node-redis v5',
    connect: async (url) => {
      const client = await createClient({ url }).connect()
      return { store: redisStore(client), command: (...args) => client.sendCommand(args), close: () => client.quit() }
    },
  },
  {
    name: 'node-redis v4',
    connect: async (url) => {
      const client = createClient4({ url })
      await client.connect()
      return { store: redisStore(client), command: (...args) => client.sendCommand(args), close: () => client.quit() }
    },
  },
  {
    name: 'ioredis',
    connect: async (url) => {
      const client = new Redis(url)
      return { store: redisStore(client), command: (name, ...args) => client.call(name!, ...args), close: () => client.quit() }
    },
  },
]

// Every byte value, to show the body survives the trip as is.
const bytes = Uint8Array.from({ length: 256 }, (_, i) => i)
const response: StoredResponse = { status: 201, headers: { 'content-type': 'application/octet-stream', vary: ['Accept', 'Origin'] }, body: bytes }

describe.each(clients)('redisStore with $name', ({ name, connect }) => {
  let client: Client
  const key = (k: string): string => `${name.replace(/ /g, "-")}:${k}`
  beforeAll(async () => {
    client = await connect(redis.url)
  })
  afterAll(() => client?.close())

  it('claims a free key once; a repeat is in flight, another fingerprint a mismatch', async () => {
    const claimed = await client.store.claim(key('a'), 'fp', 60_000)
    expect(claimed.state).toBe('claimed')
    expect(await client.store.claim(key('a'), 'fp', 60_000)).toEqual({ state: 'in-flight' })
    expect(await client.store.claim(key('a'), 'fp2', 60_000)).toEqual({ state: 'mismatch' })
  })

  it('holds a claim with PX lockMs and a completed response with PX ttlMs, under its prefix', async () => {
    const claimed = await client.store.claim(key('b'), 'fp', 5000)
    const lockTtl = Number(await client.command('PTTL', `statuskit:idempotency:${key('b')}`))
    expect(lockTtl).toBeGreaterThan(0)
    expect(lockTtl).toBeLessThanOrEqual(5000)
    if (claimed.state !== 'claimed') throw new Error('not claimed')
    await client.store.complete(key('b'), claimed.token, response, 86_400_000)
    const ttl = Number(await client.command('PTTL', `statuskit:idempotency:${key('b')}`))
    expect(ttl).toBeGreaterThan(86_000_000)
    expect(ttl).toBeLessThanOrEqual(86_400_000)
  })

  it('replays a completed response byte for byte', async () => {
    const claimed = await client.store.claim(key('c'), 'fp', 60_000)
    if (claimed.state !== 'claimed') throw new Error('not claimed')
    await client.store.complete(key('c'), claimed.token, response, 60_000)
    const found = await client.store.claim(key('c'), 'fp', 60_000)
    expect(found).toEqual({ state: 'completed', response })
    expect(await client.store.claim(key('c'), 'other', 60_000)).toEqual({ state: 'mismatch' })
  })

  it('releases a claim so that the key runs again; a stale token neither completes nor releases', async () => {
    const first = await client.store.claim(key('d'), 'fp', 60_000)
    if (first.state !== 'claimed') throw new Error('not claimed')
    await client.store.release(key('d'), first.token)
    const second = await client.store.claim(key('d'), 'fp', 60_000)
    if (second.state !== 'claimed') throw new Error('not claimed again')
    await client.store.complete(key('d'), first.token, response, 60_000)
    await client.store.release(key('d'), first.token)
    expect(await client.store.claim(key('d'), 'fp', 60_000)).toEqual({ state: 'in-flight' })
  })

  it('gives a key to exactly one of 25 simultaneous claims', async () => {
    const results = await Promise.all(Array.from({ length: 25 }, () => client.store.claim(key('e'), 'fp', 60_000)))
    expect(results.filter((r) => r.state === 'claimed')).toHaveLength(1)
    expect(results.filter((r) => r.state === 'in-flight')).toHaveLength(24)
  })

  it('runs under createIdempotency end to end', async () => {
    const gate = createIdempotency({ store: client.store })
    const request = { method: 'POST', target: '/orders', key: key('f'), body: '{"sku":"A1"}' }
    const first = await gate.begin(request)
    if (first.action !== 'run') throw new Error(first.action)
    expect((await gate.begin(request)).action).toBe('refuse')
    await first.finish(201, { 'content-type': 'application/json' }, new TextEncoder().encode('{"id":7}'))
    expect(await gate.begin(request)).toMatchObject({ action: 'replay', status: 201, headers: { 'idempotent-replayed': 'true' } })
  })
})

describe('redisStore', () => {
  it('refuses a client that is neither ioredis nor node-redis', () => {
    expect(() => redisStore({} as never)).toThrow(TypeError)
  })

  it('is a store failure (fail-closed 503) when Redis refuses the command', async () => {
    const client = new Redis(redis.url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0 })
    const gate = createIdempotency({ store: redisStore(client) })
    const decision = await gate.begin({ method: 'POST', target: '/', key: 'k', body: undefined })
    expect(decision.action === 'refuse' && decision.problem.status).toBe(503)
    client.disconnect()
  })
})
