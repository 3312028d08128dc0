import { describe, expect, it } from 'vitest'
import { idempotencyKeyInUse, idempotencyKeyMissing, idempotencyKeyReused, parseProblem } from '../../../src/index.js'

describe('idempotency problem types', () => {
  it.each([
    [idempotencyKeyInUse, 409],
    [idempotencyKeyReused, 422],
    [idempotencyKeyMissing, 400],
  ] as const)('%o has its own type URI and status %i, recognised after a round trip', (factory, status) => {
    const problem = factory('detail')
    expect(problem.status).toBe(status)
    expect(problem.type).toBe(factory.type)
    expect(factory.type).toMatch(/^tag:statuskit\.dev,2026:idempotency-key-/)
    const parsed = parseProblem(JSON.stringify(problem), { status })
    expect(factory.is(parsed)).toBe(true)
  })

  it('tells the three apart, and a plain 409 is not a key in use', () => {
    expect(new Set([idempotencyKeyInUse.type, idempotencyKeyReused.type, idempotencyKeyMissing.type]).size).toBe(3)
    expect(idempotencyKeyInUse.is(parseProblem('{"title":"Conflict"}', { status: 409 }))).toBe(false)
    expect(idempotencyKeyInUse.is(idempotencyKeyReused())).toBe(false)
  })
})
