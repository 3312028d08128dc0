import { describe, expect, it } from 'vitest'
import { idempotencyKeyInUse, idempotencyKeyMissing, idempotencyKeyReused } from 'statuskit'
import { createIdempotency, memoryStore, type IdempotencyDecision, type IdempotencyStore, type IdempotentRequest } from 'statuskit/idempotency'

const post = (key: string | undefined, body: unknown = '{"sku":"A1"}', extra: Partial<IdempotentRequest> = {}): IdempotentRequest => ({
  method: 'POST',
  target: '/orders',
  key,
  body,
  ...extra,
})
const created = new TextEncoder().encode('{"id":7}')

function expectRun(decision: IdempotencyDecision): Extract<IdempotencyDecision, { action: 'run' }> {
  if (decision.action !== 'run') throw new Error(`expected run, got ${decision.action}`)
  return decision
}

function problemOf(decision: IdempotencyDecision): { status: number; type: string; headers: Record<string, string> } {
  if (decision.action !== 'refuse') throw new Error(`expected refuse, got ${decision.action}`)
  return { status: decision.problem.status, type: decision.problem.type, headers: { ...decision.problem.headers } }
}

const failing: IdempotencyStore = {
  claim: () => Promise.reject(new Error('ECONNREFUSED 127.0.0.1:6379')),
  complete: () => Promise.reject(new Error('down')),
  release: () => Promise.reject(new Error('down')),
}

describe('createIdempotency', () => {
  it('runs the first request, replays its response to a repeat, marked as replayed', async () => {
    const gate = createIdempotency()
    const first = expectRun(await gate.begin(post('k1')))
    expect(first.maxBodyBytes).toBe(65_536)
    await first.finish(201, { 'Content-Type': 'application/json', location: '/orders/7', date: 'x' }, created)
    expect(await gate.begin(post('k1'))).toEqual({
      action: 'replay',
      status: 201,
      headers: { 'content-type': 'application/json', location: '/orders/7', 'content-length': '8', 'idempotent-replayed': 'true' },
      body: created,
    })
  })

  it('answers a repeat while the first runs with the 409 idempotencyKeyInUse and Retry-After: 1', async () => {
    const gate = createIdempotency()
    expectRun(await gate.begin(post('k1')))
    expect(problemOf(await gate.begin(post('k1')))).toMatchObject({ status: 409, type: idempotencyKeyInUse.type, headers: { 'retry-after': '1' } })
  })

  it('answers the key with another body, target or method with the 422 idempotencyKeyReused', async () => {
    const gate = createIdempotency({ methods: ['POST', 'PUT'] })
    await expectRun(await gate.begin(post('k1'))).finish(201, {}, created)
    for (const other of [post('k1', '{"sku":"B2"}'), post('k1', undefined, { target: '/orders?dry=1' }), post('k1', undefined, { method: 'PUT' })]) {
      expect(problemOf(await gate.begin(other))).toMatchObject({ status: 422, type: idempotencyKeyReused.type })
    }
  })

  it('compares a parsed body by its JSON text', async () => {
    const gate = createIdempotency()
    await expectRun(await gate.begin(post('k1', { sku: 'A1' }))).finish(201, {}, created)
    expect((await gate.begin(post('k1', '{"sku":"A1"}'))).action).toBe('replay')
  })

  it('passes requests without a key, unless required (400 idempotencyKeyMissing)', async () => {
    expect(await createIdempotency().begin(post(undefined))).toEqual({ action: 'pass' })
    expect(problemOf(await createIdempotency({ required: true }).begin(post(undefined)))).toMatchObject({ status: 400, type: idempotencyKeyMissing.type })
  })

  it('refuses a malformed key with a 400, required or not', async () => {
    const decision = await createIdempotency().begin(post('has space'))
    expect(problemOf(decision)).toMatchObject({ status: 400, type: idempotencyKeyMissing.type })
    expect(decision.action === 'refuse' && decision.problem.detail).toBe('The Idempotency-Key is not 1 to 255 visible ASCII characters.')
  })

  it('passes methods it does not cover (default POST and PATCH), whatever their key', async () => {
    const gate = createIdempotency({ required: true })
    expect(await gate.begin(post('k1', undefined, { method: 'PUT' }))).toEqual({ action: 'pass' })
    expect(await gate.begin(post('bad key', undefined, { method: 'get' }))).toEqual({ action: 'pass' })
    expect((await gate.begin(post('k1', undefined, { method: 'patch' }))).action).toBe('run')
  })

  it('frees the key after a 5xx or a body that was not captured: the repeat runs again', async () => {
    const gate = createIdempotency()
    await expectRun(await gate.begin(post('k1'))).finish(500, {}, created)
    await expectRun(await gate.begin(post('k1'))).finish(201, {}, undefined)
    await expectRun(await gate.begin(post('k1'))).finish(429, { 'retry-after': '1' }, created)
    expect((await gate.begin(post('k1'))).action).toBe('run')
  })

  it('stores a 4xx outcome: the repeat gets the same error', async () => {
    const gate = createIdempotency()
    await expectRun(await gate.begin(post('k1'))).finish(409, { 'content-type': 'application/problem+json' }, created)
    expect(await gate.begin(post('k1'))).toMatchObject({ action: 'replay', status: 409 })
  })

  it('finishes once: a second finish changes nothing', async () => {
    const gate = createIdempotency()
    const run = expectRun(await gate.begin(post('k1')))
    await run.finish(201, {}, created)
    await run.finish(500, {}, undefined)
    expect(await gate.begin(post('k1'))).toMatchObject({ action: 'replay', status: 201 })
  })

  it('looks keys up within their scope', async () => {
    const gate = createIdempotency()
    await expectRun(await gate.begin(post('k1', undefined, { scope: 'alice' }))).finish(201, {}, created)
    expect((await gate.begin(post('k1', undefined, { scope: 'bob' }))).action).toBe('run')
    expect((await gate.begin(post('k1', undefined, { scope: 'alice' }))).action).toBe('replay')
    // No scope is not a scope named "": the length prefix keeps them apart.
    expect((await gate.begin(post('k1', undefined, { scope: '' }))).action).toBe('run')
  })

  it('fails closed by default: a store failure is a 503 with Retry-After, nothing runs', async () => {
    const decision = await createIdempotency({ store: failing }).begin(post('k1'))
    expect(problemOf(decision)).toMatchObject({ status: 503, type: 'about:blank', headers: { 'retry-after': '1' } })
    expect(decision.action === 'refuse' && JSON.stringify(decision.problem)).not.toContain('ECONNREFUSED')
  })

  it('fails open when asked: a store failure runs the request without deduplication', async () => {
    expect(await createIdempotency({ store: failing, onStoreError: 'fail-open' }).begin(post('k1'))).toEqual({ action: 'pass' })
  })

  it('ignores a store failure while finishing (the claim expires after lockMs)', async () => {
    const store = memoryStore()
    const gate = createIdempotency({ store: { ...store, complete: failing.complete } })
    await expect(expectRun(await gate.begin(post('k1'))).finish(201, {}, created)).resolves.toBeUndefined()
    expect(problemOf(await gate.begin(post('k1'))).status).toBe(409)
  })

  it('replays until ttlMs, holds a claim for lockMs', async () => {
    let now = 0
    const gate = createIdempotency({ store: memoryStore({ now: () => now }), ttlMs: 1000, lockMs: 50 })
    expectRun(await gate.begin(post('k1')))
    now = 50
    await expectRun(await gate.begin(post('k1'))).finish(201, {}, created)
    now = 1049
    expect((await gate.begin(post('k1'))).action).toBe('replay')
    now = 1050
    expect((await gate.begin(post('k1'))).action).toBe('run')
  })

  it.each([
    [{ ttlMs: 0 }, RangeError],
    [{ lockMs: -1 }, RangeError],
    [{ lockMs: Number.NaN }, RangeError],
    [{ ttlMs: Infinity }, RangeError],
    [{ maxBodyBytes: 1.5 }, RangeError],
    [{ methods: 'POST' }, TypeError],
    [{ methods: [1] }, TypeError],
    [{ onStoreError: 'open' }, TypeError],
    [{ store: {} }, TypeError],
    [{ store: { claim() {}, complete() {} } }, TypeError],
  ])('refuses the option %j', (options, kind) => {
    expect(() => createIdempotency(options as never)).toThrow(kind)
  })
})
