// Property tests (fast-check, 10 000 runs each): the parsers and classifiers never throw on
// arbitrary input, serialized problems are valid JSON that agree with their status, header
// values with CR/LF are never accepted, and nothing pollutes Object.prototype.
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import {
  classifyMonitoring,
  classifyRetry,
  parseProblem,
  parseRetryAfter,
  problem,
  toProblem,
} from 'statuskit'

const RUNS = 10_000
const status = fc.integer({ min: 100, max: 599 })
const errorStatus = fc.integer({ min: 400, max: 599 })
const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'type', 'status', 'toString', 'polluted')
const hostileObject = fc.dictionary(fc.oneof(fc.string(), hostileKey), fc.jsonValue(), { maxKeys: 8 })
const anything = fc.oneof(fc.anything(), fc.jsonValue(), hostileObject, fc.string(), fc.uint8Array())
const headers = fc.dictionary(
  fc.constantFrom('retry-after', 'Retry-After', 'stripe-should-retry', 'idempotency-key', 'x-other', '__proto__'),
  fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 })),
)

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  expect(Object.prototype).not.toHaveProperty('polluted')
})

describe('never throws on arbitrary input', () => {
  it('parseProblem', () => {
    fc.assert(
      fc.property(anything, fc.option(status, { nil: undefined }), (body, s) => {
        const parsed = parseProblem(body, s === undefined ? {} : { status: s })
        expect(Object.getPrototypeOf(parsed.extensions) === null || Object.getPrototypeOf(parsed.extensions) === Object.prototype).toBe(true)
        expect(Object.hasOwn(parsed.extensions, '__proto__')).toBe(false)
      }),
      { numRuns: RUNS },
    )
  })

  it('parseProblem on JSON text with hostile keys', () => {
    fc.assert(
      fc.property(hostileObject, (obj) => {
        const text = JSON.stringify(obj).replace('"polluted"', '"__proto__"')
        const parsed = parseProblem(text)
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
        expect(typeof parsed.type).toBe('string')
      }),
      { numRuns: RUNS },
    )
  })

  it('toProblem', () => {
    fc.assert(
      fc.property(anything, (thrown) => {
        const p = toProblem(thrown)
        expect(p.status).toBeGreaterThanOrEqual(400)
        expect(p.status).toBeLessThanOrEqual(599)
      }),
      { numRuns: RUNS },
    )
  })

  it('parseRetryAfter never returns NaN or a negative number', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.integer(), fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'x' : d.toUTCString())), anything), (value) => {
        const ms = parseRetryAfter(value as string)
        if (ms !== undefined) {
          expect(Number.isFinite(ms)).toBe(true)
          expect(ms).toBeGreaterThanOrEqual(0)
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('classifyRetry', () => {
    fc.assert(
      fc.property(
        status,
        fc.record(
          {
            method: fc.oneof(fc.constantFrom('GET', 'POST', 'put', 'PATCH', 'DELETE'), fc.string()),
            headers,
            idempotencyKey: fc.oneof(fc.string(), fc.boolean()),
            idempotencyKeyHonoured: fc.boolean(),
            attempt: fc.integer({ min: 0, max: 20 }),
            maxAttempts: fc.integer({ min: 0, max: 10 }),
            maxRetryAfterMs: fc.integer({ min: 0, max: 10_000_000 }),
          },
          { requiredKeys: [] },
        ),
        (s, context) => {
          const decision = classifyRetry(s, context as Parameters<typeof classifyRetry>[1])
          expect(Number.isFinite(decision.delayMs)).toBe(true)
          expect(decision.delayMs).toBeGreaterThanOrEqual(0)
          expect(typeof decision.reason).toBe('string')
        },
      ),
      { numRuns: RUNS },
    )
  })

  it('classifyMonitoring', () => {
    fc.assert(
      fc.property(status, fc.constantFrom('server', 'client') as fc.Arbitrary<'server' | 'client'>, (s, side) => {
        const m = classifyMonitoring(s, side)
        // review B14/B15: a cancellation is unset; 444/599 never reach a client; 494–497 reach it as 400
        if (m.spanStatus === 'unset') expect(m.errorType).toBeUndefined()
        else expect([String(s), ...(s >= 494 && s <= 497 ? ['400'] : []), ...(s === 444 || s === 599 ? [undefined] : [])]).toContain(m.errorType)
      }),
      { numRuns: RUNS },
    )
  })
})

describe('serialized problems', () => {
  it('are valid JSON whose status equals the problem status', () => {
    fc.assert(
      fc.property(
        errorStatus,
        fc.option(fc.string(), { nil: undefined }),
        fc.dictionary(fc.string().filter((k) => !['type', 'title', 'status', 'detail', 'instance', '__proto__', 'constructor', 'prototype'].includes(k)), fc.jsonValue(), { maxKeys: 5 }),
        (s, detail, extensions) => {
          const p = problem(s as 409, detail, { extensions })
          const doc = JSON.parse(JSON.stringify(p)) as { status: number }
          expect(doc.status).toBe(s)
          expect(parseProblem(JSON.stringify(p), { status: s }).statusMismatch).toBeUndefined()
        },
      ),
      { numRuns: RUNS },
    )
  })

  it('never accept a header value containing CR or LF: it is left out, with a warning, never thrown', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('\r', '\n', '\r\n'), fc.string(), (a, eol, b) => {
        const p = problem(400, 'x', { headers: { 'x-test': `${a}${eol}${b}` } })
        expect(p.status).toBe(400)
        expect(p.headers).not.toHaveProperty('x-test')
        expect(p.warnings).toStrictEqual(['Left out the header "x-test": an invalid name or value.'])
      }),
      { numRuns: RUNS },
    )
  })
})
