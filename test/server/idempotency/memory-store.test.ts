import { describe, expect, it } from 'vitest'
import { memoryStore, type StoredResponse } from 'statuskit/idempotency'

const response: StoredResponse = { status: 201, headers: { 'content-type': 'application/json' }, body: new TextEncoder().encode('{"id":7}') }

function clock(start = 1000): { now: () => number; advance: (ms: number) => void } {
  let at = start
  return { now: () => at, advance: (ms) => (at += ms) }
}

async function claimed(store: ReturnType<typeof memoryStore>, key: string, fp = 'fp', lockMs = 100): Promise<string> {
  const result = await store.claim(key, fp, lockMs)
  if (result.state !== 'claimed') throw new Error(`expected claimed, got ${result.state}`)
  return result.token
}

describe('memoryStore', () => {
  it('claims a free key once; a repeat is in flight, another fingerprint a mismatch', async () => {
    const store = memoryStore()
    const token = await claimed(store, 'k')
    expect(typeof token).toBe('string')
    expect(await store.claim('k', 'fp', 100)).toEqual({ state: 'in-flight' })
    expect(await store.claim('k', 'other', 100)).toEqual({ state: 'mismatch' })
  })

  it('replays a completed response for ttlMs, then forgets it', async () => {
    const time = clock()
    const store = memoryStore({ now: time.now })
    const token = await claimed(store, 'k')
    await store.complete('k', token, response, 5000)
    expect(await store.claim('k', 'fp', 100)).toEqual({ state: 'completed', response })
    expect(await store.claim('k', 'other', 100)).toEqual({ state: 'mismatch' })
    time.advance(4999)
    expect((await store.claim('k', 'fp', 100)).state).toBe('completed')
    time.advance(1)
    expect((await store.claim('k', 'fp', 100)).state).toBe('claimed')
  })

  it('keeps its own copy of the body', async () => {
    const store = memoryStore()
    const token = await claimed(store, 'k')
    const body = new Uint8Array([1, 2, 3])
    await store.complete('k', token, { status: 200, headers: {}, body }, 1000)
    body[0] = 9
    const result = await store.claim('k', 'fp', 100)
    expect(result.state === 'completed' && [...result.response.body]).toEqual([1, 2, 3])
  })

  it('considers a claim abandoned after lockMs: the key can be claimed again', async () => {
    const time = clock()
    const store = memoryStore({ now: time.now })
    const first = await claimed(store, 'k', 'fp', 100)
    time.advance(100)
    const second = await claimed(store, 'k', 'fp', 100)
    expect(second).not.toBe(first)
    // The first request finishing late neither stores nor releases the second's claim.
    await store.complete('k', first, response, 5000)
    await store.release('k', first)
    expect(await store.claim('k', 'fp', 100)).toEqual({ state: 'in-flight' })
    await store.complete('k', second, response, 5000)
    expect((await store.claim('k', 'fp', 100)).state).toBe('completed')
  })

  it('release frees the key for a new attempt', async () => {
    const store = memoryStore()
    const token = await claimed(store, 'k')
    await store.release('k', token)
    expect((await store.claim('k', 'other', 100)).state).toBe('claimed')
  })

  it('is bounded: when full it drops expired records, then the oldest completed one, never a live claim', async () => {
    const time = clock()
    const store = memoryStore({ maxEntries: 3, now: time.now })
    await store.complete('a', await claimed(store, 'a'), response, 10_000)
    await store.complete('b', await claimed(store, 'b'), response, 10_000)
    await claimed(store, 'c', 'fp', 10_000)
    await claimed(store, 'd', 'fp', 10_000) // evicts a, the oldest completed
    expect((await store.claim('a', 'fp', 10_000)).state).toBe('claimed') // evicts b
    expect((await store.claim('c', 'fp', 10_000)).state).toBe('in-flight')
    expect((await store.claim('d', 'fp', 10_000)).state).toBe('in-flight')
    await expect(store.claim('e', 'fp', 10_000)).rejects.toThrow('memoryStore: full of requests in flight')
    time.advance(10_000) // every claim has expired: room again
    expect((await store.claim('e', 'fp', 10_000)).state).toBe('claimed')
  })

  it.each([0, -1, 1.5, Number.NaN, Infinity])('refuses maxEntries %s', (maxEntries) => {
    expect(() => memoryStore({ maxEntries })).toThrow(RangeError)
  })
})
