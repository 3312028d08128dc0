// Any interleaving of N concurrent keyed requests runs each key's handler exactly once:
// the fast-check scheduler orders every store call and every handler step.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createIdempotency, memoryStore, type IdempotencyStore } from 'statuskit/idempotency'

/** A store whose every call resolves when the scheduler says so. */
function scheduled(store: IdempotencyStore, s: fc.Scheduler): IdempotencyStore {
  return {
    claim: (...args) => s.schedule(store.claim(...args), 'claim'),
    complete: (...args) => s.schedule(store.complete(...args), 'complete'),
    release: (...args) => s.schedule(store.release(...args), 'release'),
  }
}

/** The property: each key's handler runs once, whatever the order; `makeStore` gives the store under test, its steps scheduled. */
const exactlyOnce = (makeStore: (s: fc.Scheduler) => IdempotencyStore) =>
      fc.asyncProperty(
        fc.scheduler(),
        fc.array(fc.record({ key: fc.constantFrom('a', 'b', 'c'), fail: fc.boolean() }), { minLength: 1, maxLength: 12 }),
        async (s, requests) => {
          const gate = createIdempotency({ store: makeStore(s) })
          const executions = new Map<string, number>()
          const failures = new Set<string>()
          const outcomes: string[] = []
          async function send(key: string, fail: boolean): Promise<void> {
            // A client resends after a 409 or a 5xx, a bounded number of times.
            for (let attempt = 0; attempt < 30; attempt++) {
              const decision = await gate.begin({ method: 'POST', target: '/orders', key, body: { key } })
              if (decision.action === 'replay') return void outcomes.push(`${key}:replay`)
              if (decision.action === 'refuse') {
                expect(decision.problem.status).toBe(409)
                continue
              }
              if (decision.action !== 'run') throw new Error('unexpected pass')
              // The handler: a failing attempt (5xx) has no side effect; a success has one.
              await s.schedule(Promise.resolve(), `handler ${key}`)
              if (fail && !failures.has(key)) {
                failures.add(key)
                await decision.finish(500, {}, new Uint8Array())
                continue
              }
              executions.set(key, (executions.get(key) ?? 0) + 1)
              await decision.finish(201, {}, new TextEncoder().encode(key))
              return void outcomes.push(`${key}:ran`)
            }
            outcomes.push(`${key}:gave up`)
          }
          let live = requests.length
          const all = Promise.all(requests.map(({ key, fail }) => send(key, fail).finally(() => live--)))
          // The scheduler picks the next step only once every live request waits on it (a
          // request may be computing its fingerprint, off the microtask queue), so that any
          // order of the requests' steps can come out.
          for (let turn = 0; live > 0 && turn < 100_000; turn++) {
            if (s.count() >= live) await s.waitOne()
            else await new Promise((resolve) => setImmediate(resolve))
          }
          await all
          for (const key of new Set(requests.map((r) => r.key))) {
            expect(executions.get(key)).toBe(1)
          }
          expect(outcomes.filter((o) => o.endsWith(':ran'))).toHaveLength(executions.size)
          expect(outcomes.some((o) => o.endsWith('gave up'))).toBe(false)
        },
      )

/** A store that checks, then waits (for the scheduler), then claims: not atomic. */
function racyStore(s: fc.Scheduler): IdempotencyStore {
  const inner = memoryStore()
  const seen = new Set<string>()
  return {
    async claim(key, fingerprint, lockMs) {
      const free = !seen.has(key)
      await s.schedule(Promise.resolve(), 'gap between check and set')
      if (free) {
        seen.add(key)
        const result = await inner.claim(key, fingerprint, lockMs)
        // Forget the other claim's hold on the key: what a lost race does.
        if (result.state !== 'claimed') return { state: 'claimed', token: 'stolen' }
        return result
      }
      return inner.claim(key, fingerprint, lockMs)
    },
    complete: (...args) => inner.complete(...args),
    release: (...args) => inner.release(...args),
  }
}

describe('exactly one execution per key', () => {
  it('in any interleaving of concurrent requests and retries (memoryStore and the core)', async () => {
    await fc.assert(exactlyOnce((s) => scheduled(memoryStore(), s)), { numRuns: 200 })
  })

  it('the property catches a store whose claim is not atomic', async () => {
    const result = await fc.check(exactlyOnce(racyStore), { numRuns: 200, endOnFailure: true })
    expect(result.failed).toBe(true)
  })
})
