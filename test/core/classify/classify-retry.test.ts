import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { classifyRetry, idempotencyKeyInUse } from 'statuskit'

const half = (): number => 0.5
const top = (): number => 0.999

describe('classifyRetry: 409 Conflict', () => {
  it('plain 409 → after-refresh-state, no retry', () => {
    expect(classifyRetry(409, { method: 'PUT' })).toEqual({
      retry: false,
      strategy: 'after-refresh-state',
      delayMs: 0,
      reason: '409: re-read the current state, then send a request based on it.',
    })
  })

  it('409 on a request with an Idempotency-Key alone stays after-refresh-state (review A11: a key proves nothing)', () => {
    expect(classifyRetry(409, { method: 'POST', idempotencyKey: 'k-1', random: half })).toMatchObject({ retry: false, strategy: 'after-refresh-state' })
  })

  it('409 with a key the server honours, or with the key-in-use problem type → with-backoff, retry', () => {
    const decision = classifyRetry(409, { method: 'POST', idempotencyKey: 'k-1', idempotencyKeyHonoured: true, random: half })
    expect(decision).toEqual({ retry: true, strategy: 'with-backoff', delayMs: 75, reason: '409: its key is in use; resend it after the delay.' })
    expect(classifyRetry(409, { method: 'POST', problemType: idempotencyKeyInUse.type, random: half })).toMatchObject({ retry: true, strategy: 'with-backoff' })
    expect(classifyRetry(409, { method: 'POST', problemType: 'https://example.com/duplicate-email' }).retry).toBe(false)
  })

  it('409 with a key the caller says the server ignores stays after-refresh-state', () => {
    expect(classifyRetry(409, { method: 'POST', idempotencyKey: 'k-1', idempotencyKeyHonoured: false })).toMatchObject({
      retry: false,
      strategy: 'after-refresh-state',
    })
  })

  it('409 with an empty or false key is not keyed', () => {
    expect(classifyRetry(409, { idempotencyKey: '' }).strategy).toBe('after-refresh-state')
    expect(classifyRetry(409, { idempotencyKey: false }).strategy).toBe('after-refresh-state')
    expect(classifyRetry(409, { idempotencyKey: '', idempotencyKeyHonoured: true }).strategy).toBe('after-refresh-state')
    expect(classifyRetry(409, { idempotencyKey: true, idempotencyKeyHonoured: true }).strategy).toBe('with-backoff')
  })

  it('409 with Stripe-Should-Retry: false → no retry, even with a key', () => {
    const headers = { 'Stripe-Should-Retry': 'false' }
    expect(classifyRetry(409, { headers })).toMatchObject({ retry: false, strategy: 'after-refresh-state', delayMs: 0 })
    expect(classifyRetry(409, { headers, method: 'POST', idempotencyKey: 'k-1' })).toEqual({
      retry: false,
      strategy: 'after-refresh-state',
      delayMs: 0,
      reason: '409: Stripe-Should-Retry: false.',
    })
  })

  it('409 with Stripe-Should-Retry: true → retry with backoff', () => {
    expect(classifyRetry(409, { headers: { 'stripe-should-retry': 'true' }, random: half })).toMatchObject({
      retry: true,
      strategy: 'with-backoff',
      delayMs: 75,
    })
  })
})

describe('classifyRetry: Retry-After', () => {
  it('503 with Retry-After: 120 and the default 60 s cap → no retry, wait reported', () => {
    const decision = classifyRetry(503, { headers: { 'retry-after': '120' } })
    expect(decision).toEqual({
      retry: false,
      strategy: 'idempotent-or-keyed',
      delayMs: 0,
      reason: '503: Retry-After 120000 ms exceeds the 60000 ms limit.',
      retryAfterMs: 120_000,
    })
  })

  it('503 with Retry-After: 5 → retry after at least 5000 ms', () => {
    const decision = classifyRetry(503, { headers: { 'Retry-After': '5' }, random: top })
    expect(decision.retry).toBe(true)
    expect(decision.delayMs).toBeGreaterThanOrEqual(5000)
    expect(decision.delayMs).toBe(5000)
    expect(decision.retryAfterMs).toBe(5000)
  })

  it('takes the backoff when it is longer than the hint', () => {
    // 429, attempt 3: window min(20000, 2000·2^2) = 8000; (1 + 0.999) / 2 of it = 7996 > 1000.
    const decision = classifyRetry(429, { headers: { 'retry-after': '1' }, attempt: 3, maxAttempts: 5, random: top })
    expect(decision).toMatchObject({ retry: true, delayMs: 7996, retryAfterMs: 1000 })
  })

  it('a raised maxRetryAfterMs lets a 120 s wait through', () => {
    const decision = classifyRetry(503, { headers: { 'retry-after': '120' }, maxRetryAfterMs: 300_000, random: half })
    expect(decision).toMatchObject({ retry: true, delayMs: 120_000, retryAfterMs: 120_000 })
  })

  it('a POST 503 with Retry-After is not retried unkeyed (review A9: Retry-After is a wait, not "not processed")', () => {
    expect(classifyRetry(503, { method: 'POST', headers: { 'retry-after': '2' }, random: half })).toMatchObject({
      retry: false,
      strategy: 'idempotent-or-keyed',
      retryAfterMs: 2000,
    })
    expect(classifyRetry(503, { method: 'GET', headers: { 'retry-after': '2' }, random: half })).toMatchObject({ retry: true, delayMs: 2000 })
    expect(classifyRetry(503, { method: 'POST' })).toMatchObject({ retry: false, strategy: 'idempotent-or-keyed' })
  })

  it('413 with Retry-After → with-backoff; without → after-fix', () => {
    expect(classifyRetry(413, { method: 'POST', headers: { 'retry-after': '3' }, random: half })).toMatchObject({
      retry: true,
      strategy: 'with-backoff',
      delayMs: 3000,
    })
    expect(classifyRetry(413, { method: 'POST' })).toMatchObject({ retry: false, strategy: 'after-fix' })
  })

  it('403 with Retry-After or x-ratelimit-remaining: 0 is a rate limit → with-backoff', () => {
    expect(classifyRetry(403, { headers: { 'retry-after': '1' }, random: half }).strategy).toBe('with-backoff')
    // review D5: an exhausted limit is retried only with its reset time, and not sooner
    expect(classifyRetry(403, { headers: { 'X-RateLimit-Remaining': '0' }, random: half })).toMatchObject({ retry: false, strategy: 'after-reauth' })
    expect(classifyRetry(403, { headers: { 'X-RateLimit-Remaining': '0', 'x-ratelimit-reset': '1767225610' }, now: 1767225600000, random: half })).toMatchObject({
      retry: true,
      strategy: 'with-backoff',
      delayMs: 10_000,
      retryAfterMs: 10_000,
    })
    expect(classifyRetry(403, { headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '3600' } })).toMatchObject({ retry: false, retryAfterMs: 3_600_000 })
    expect(classifyRetry(403, { headers: { 'x-ratelimit-remaining': '12' } })).toMatchObject({
      retry: false,
      strategy: 'after-reauth',
    })
  })

  it('reads an HTTP-date against the given clock; a past date means no extra wait', () => {
    const now = Date.parse('2026-03-01T12:00:00Z')
    const future = classifyRetry(429, { headers: { 'retry-after': 'Sun, 01 Mar 2026 12:00:10 GMT' }, now, random: half })
    expect(future).toMatchObject({ retry: true, delayMs: 10_000, retryAfterMs: 10_000 })
    const past = classifyRetry(429, { headers: { 'retry-after': 'Sun, 01 Mar 2026 11:00:00 GMT' }, now: new Date(now), random: half })
    expect(past).toMatchObject({ retry: true, delayMs: 1500, retryAfterMs: 0 })
  })

  it('reads retry-after-ms and x-ms-retry-after-ms, honouring the longest hint', () => {
    expect(classifyRetry(429, { headers: { 'retry-after-ms': '1500' }, random: () => 0 })).toMatchObject({ delayMs: 1500 })
    expect(
      classifyRetry(429, { headers: { 'retry-after': '1', 'x-ms-retry-after-ms': '2500' }, random: () => 0 }),
    ).toMatchObject({ delayMs: 2500, retryAfterMs: 2500 })
    expect(classifyRetry(429, { headers: { 'retry-after-ms': '1.5' }, random: () => 0 }).retryAfterMs).toBeUndefined()
  })

  it('ignores an invalid Retry-After', () => {
    const decision = classifyRetry(503, { method: 'POST', headers: { 'retry-after': 'tomorrow' } })
    expect(decision).toMatchObject({ retry: false, strategy: 'idempotent-or-keyed' })
    expect(decision.retryAfterMs).toBeUndefined()
  })

  it('a 20-digit Retry-After is capped, so it is over the limit: no retry', () => {
    expect(classifyRetry(429, { headers: { 'retry-after': '12345678901234567890' } })).toMatchObject({
      retry: false,
      retryAfterMs: 2_147_483_648_000,
    })
  })
})

describe('classifyRetry: methods and keys on 5xx', () => {
  it('POST + 502 → no retry', () => {
    expect(classifyRetry(502, { method: 'POST' })).toEqual({
      retry: false,
      strategy: 'idempotent-or-keyed',
      delayMs: 0,
      reason: '502: outcome unknown; resend only if idempotent or keyed.',
    })
  })

  it('POST + 502 + honoured Idempotency-Key → retry', () => {
    expect(
      classifyRetry(502, { method: 'POST', idempotencyKey: 'k-1', idempotencyKeyHonoured: true, random: half }),
    ).toEqual({ retry: true, strategy: 'idempotent-or-keyed', delayMs: 75, reason: '502: resend it after the delay.' })
  })

  it('POST + 502 + a key the server is not known to honour → no retry', () => {
    expect(classifyRetry(502, { method: 'POST', idempotencyKey: 'k-1' }).retry).toBe(false)
  })

  it('PUT + 502 → retry; PATCH + 502 → no retry; lower-case methods count', () => {
    expect(classifyRetry(502, { method: 'PUT', random: half })).toMatchObject({ retry: true, delayMs: 75 })
    expect(classifyRetry(502, { method: 'delete', random: half }).retry).toBe(true)
    expect(classifyRetry(502, { method: 'PATCH' }).retry).toBe(false)
  })

  it('defaults to GET, the fetch default', () => {
    expect(classifyRetry(504, { random: half })).toMatchObject({ retry: true, delayMs: 1500 })
  })

  it('501 and 505 are never retried, whatever the method', () => {
    expect(classifyRetry(501, { method: 'GET' })).toMatchObject({ retry: false, strategy: 'never' })
    expect(classifyRetry(505, { method: 'GET' })).toMatchObject({ retry: false, strategy: 'after-fix' })
  })

  it('any-method statuses retry a POST: 408, 421, 425, 429, 521, 522', () => {
    for (const code of [408, 421, 425, 429, 521, 522]) {
      expect(classifyRetry(code, { method: 'POST', random: half })).toMatchObject({ retry: true, strategy: 'with-backoff' })
    }
  })

  it('421 and 425 are repeated at once', () => {
    expect(classifyRetry(421, { method: 'POST', random: top }).delayMs).toBe(0)
    expect(classifyRetry(425, { method: 'POST', random: top }).delayMs).toBe(0)
  })

  it('Stripe-Should-Retry wins over the status', () => {
    expect(classifyRetry(400, { headers: { 'stripe-should-retry': 'true' }, random: half })).toMatchObject({
      retry: true,
      strategy: 'with-backoff',
      reason: '400: Stripe-Should-Retry: true.',
    })
    expect(classifyRetry(503, { headers: new Headers({ 'Stripe-Should-Retry': 'false' }) })).toMatchObject({
      retry: false,
      strategy: 'never',
    })
    expect(classifyRetry(200, { headers: { 'stripe-should-retry': 'true' } }).retry).toBe(false)
  })
})

describe('classifyRetry: attempts and backoff', () => {
  it.each([
    [429, {}],
    [503, { method: 'GET' }],
    [409, { idempotencyKey: 'k', idempotencyKeyHonoured: true }],
    [502, { method: 'POST', idempotencyKey: 'k', idempotencyKeyHonoured: true }],
  ] as const)('%i: attempt ≥ maxAttempts → no retry', (code, extra) => {
    expect(classifyRetry(code, { ...extra, attempt: 3 })).toMatchObject({
      retry: false,
      delayMs: 0,
      reason: `${code}: all 3 attempts used.`,
    })
    expect(classifyRetry(code, { ...extra, attempt: 7, maxAttempts: 5 }).retry).toBe(false)
    expect(classifyRetry(code, { ...extra, attempt: 2, random: half }).retry).toBe(true)
  })

  it('backs off exponentially with equal jitter: a 100 ms window for 502, 2000 ms for 429', () => {
    expect(classifyRetry(502, { attempt: 1, random: half }).delayMs).toBe(75)
    expect(classifyRetry(502, { attempt: 2, random: half }).delayMs).toBe(150)
    expect(classifyRetry(429, { attempt: 1, random: half }).delayMs).toBe(1500)
    expect(classifyRetry(429, { attempt: 2, random: half }).delayMs).toBe(3000)
    expect(classifyRetry(429, { attempt: 20, maxAttempts: 30, random: top }).delayMs).toBe(19_990)
  })

  it('falls back to defaults for nonsense context numbers', () => {
    const decision = classifyRetry(502, { attempt: Number.NaN, maxAttempts: -1, maxRetryAfterMs: Infinity, random: () => Number.NaN })
    expect(decision).toMatchObject({ retry: true, delayMs: 50 })
  })
})

describe('classifyRetry: headers in every shape', () => {
  it('reads Headers, plain objects in any case and Node string[] values', () => {
    const byHeaders = classifyRetry(429, { headers: new Headers({ 'Retry-After': '4' }), random: () => 0 })
    const byObject = classifyRetry(429, { headers: { 'RETRY-AFTER': '4' }, random: () => 0 })
    const byNode = classifyRetry(429, { headers: { 'retry-after': '4', 'set-cookie': ['a=1', 'b=2'] }, random: () => 0 })
    for (const decision of [byHeaders, byObject, byNode]) expect(decision.delayMs).toBe(4000)
    expect(classifyRetry(429, { headers: { 'x-ms-retry-after-ms': ['300', '700'] }, random: () => 0 }).retryAfterMs).toBeUndefined()
  })
})

describe('classifyRetry: status range', () => {
  it('unknown valid codes fall back to their class', () => {
    expect(classifyRetry(471).strategy).toBe('after-fix')
    expect(classifyRetry(555, { random: half })).toMatchObject({ strategy: 'idempotent-or-keyed', retry: true })
    expect(classifyRetry(555, { method: 'POST' }).retry).toBe(false)
    expect(classifyRetry(299)).toMatchObject({ strategy: 'never', retry: false })
  })

  it.each([99, 600, 1.5, Number.NaN, -409, Infinity])('throws a RangeError for %s', (status) => {
    expect(() => classifyRetry(status)).toThrow(RangeError)
    expect(() => classifyRetry(status)).toThrow(/^Invalid HTTP status for `status`: received .*; expected an integer from 100 to 599/)
  })

  it('throws a RangeError naming a string status', () => {
    expect(() => classifyRetry('409' as unknown as number)).toThrow('received "409" (a string)')
  })
})

describe('classifyRetry: properties', () => {
  const context = fc.record(
    {
      method: fc.oneof(fc.constantFrom('GET', 'POST', 'put', 'PATCH', 'DELETE'), fc.string()),
      headers: fc.dictionary(
        fc.constantFrom('retry-after', 'Retry-After', 'retry-after-ms', 'stripe-should-retry', 'x-ratelimit-remaining', 'x'),
        fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 }), fc.nat().map(String)),
      ),
      idempotencyKey: fc.oneof(fc.string(), fc.boolean()),
      idempotencyKeyHonoured: fc.boolean(),
      attempt: fc.oneof(fc.integer({ min: -2, max: 12 }), fc.double()),
      maxAttempts: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.double()),
      maxRetryAfterMs: fc.oneof(fc.nat(), fc.double()),
      now: fc.oneof(fc.integer(), fc.double(), fc.date({ noInvalidDate: false })),
      random: fc.double().map((n) => () => n),
    },
    { requiredKeys: [] },
  )

  it('never throws for 100–599, never returns NaN, never waits less than the server asked', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 599 }), context, (status, ctx) => {
        const decision = classifyRetry(status, ctx)
        expect(Number.isFinite(decision.delayMs)).toBe(true)
        expect(decision.delayMs).toBeGreaterThanOrEqual(0)
        expect(decision.reason).toMatch(new RegExp(`^${status}: `))
        if (decision.retry && decision.retryAfterMs !== undefined) {
          expect(decision.delayMs).toBeGreaterThanOrEqual(decision.retryAfterMs)
        }
        // review A23: a 3xx with Retry-After reports the wait before following it
        if (!decision.retry && !(status >= 300 && status < 400)) expect(decision.delayMs).toBe(0)
        if (status < 400) expect(decision.retry).toBe(false)
      }),
      { numRuns: 2000 },
    )
  })
})
