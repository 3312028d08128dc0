import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseRetryAfter } from 'statuskit'

// 1994-11-06T08:49:00Z, 37 s before the RFC 9110 example date.
const NOW = 784_111_740_000

describe('parseRetryAfter', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('120')).toBe(120_000)
    expect(parseRetryAfter('0')).toBe(0)
    expect(parseRetryAfter('007')).toBe(7000)
    expect(parseRetryAfter(' 5 ')).toBe(5000)
  })

  it.each([
    ['IMF-fixdate', 'Sun, 06 Nov 1994 08:49:37 GMT'],
    ['RFC 850', 'Sunday, 06-Nov-94 08:49:37 GMT'],
    ['asctime', 'Sun Nov  6 08:49:37 1994'],
  ])('reads the %s form', (_form, value) => {
    expect(parseRetryAfter(value, NOW)).toBe(37_000)
    expect(parseRetryAfter(value, new Date(NOW))).toBe(37_000)
  })

  it('reads a two-digit RFC 850 year as the most recent matching year (RFC 9110 §5.6.7)', () => {
    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(parseRetryAfter('Thursday, 01-Jan-26 00:01:00 GMT', now)).toBe(60_000)
    // 76 → 2076 is not more than 50 years ahead; 77 → 2077 is, so 1977 (past → 0).
    expect(parseRetryAfter('Friday, 01-Jan-76 00:00:00 GMT', now)).toBe(Date.UTC(2076, 0, 1) - now)
    expect(parseRetryAfter('Saturday, 01-Jan-77 00:00:00 GMT', now)).toBe(0)
  })

  it('reads a two-digit asctime day padded with a space or not', () => {
    expect(parseRetryAfter('Thu Nov 10 08:49:37 1994', NOW)).toBe(37_000 + 4 * 86_400_000)
  })

  it('gives 0 for a date in the past', () => {
    expect(parseRetryAfter('Fri, 31 Dec 1999 23:59:59 GMT', Date.parse('2026-01-01T00:00:00Z'))).toBe(0)
  })

  it.each([
    'soon',
    '',
    '   ',
    '-5',
    '+5',
    '1.5',
    '1e3',
    '1e400',
    'Infinity',
    'NaN',
    '0x10',
    '5 s',
    '5, 10',
    'Sun, 31 Feb 1994 08:49:37 GMT',
    'Sun, 06 Foo 1994 08:49:37 GMT',
    'Sun, 06 Nov 1994 24:00:00 GMT',
    'Sun, 06 Nov 1994 08:60:00 GMT',
    'Sun, 06 Nov 1994 08:49:37 UTC',
    'sun, 06 nov 1994 08:49:37 gmt',
    '1994-11-06T08:49:37Z',
    'Sun, 6 Nov 1994 08:49:37 GMT',
    `${'9'.repeat(50)}x`,
  ])('ignores %j', (value) => {
    expect(parseRetryAfter(value, NOW)).toBeUndefined()
  })

  it('caps delay-seconds beyond 2^31 (20-digit numbers) instead of overflowing', () => {
    expect(parseRetryAfter('12345678901234567890')).toBe(2_147_483_648_000)
    expect(parseRetryAfter('9'.repeat(400))).toBe(2_147_483_648_000)
    expect(parseRetryAfter('2147483647')).toBe(2_147_483_647_000)
  })

  it('reads numbers as delay-seconds; rejects negative, fractional and infinite ones', () => {
    expect(parseRetryAfter(5)).toBe(5000)
    expect(parseRetryAfter(-5)).toBeUndefined()
    expect(parseRetryAfter(1.5)).toBeUndefined()
    expect(parseRetryAfter(Infinity)).toBeUndefined()
    expect(parseRetryAfter(Number.NaN)).toBeUndefined()
    expect(parseRetryAfter(1e21)).toBeUndefined()
  })

  it('takes the longest valid wait of a string[] and ignores other values', () => {
    expect(parseRetryAfter(['5', 'nope', '10'])).toBe(10_000)
    expect(parseRetryAfter(['x', 7, null])).toBeUndefined()
    expect(parseRetryAfter([])).toBeUndefined()
    const cyclic: unknown[] = []
    cyclic.push(cyclic)
    expect(parseRetryAfter(cyclic)).toBeUndefined()
  })

  it.each([null, undefined, {}, true, Symbol('x'), 5n, () => 5])('returns undefined for %s', (value) => {
    expect(parseRetryAfter(value)).toBeUndefined()
  })

  it('falls back to the real clock when now is not a finite time', () => {
    const inAnHour = new Date(Date.now() + 3_600_000).toUTCString()
    for (const now of [Number.NaN, Infinity, new Date(Number.NaN), undefined]) {
      const ms = parseRetryAfter(inAnHour, now)
      expect(ms).toBeGreaterThan(3_500_000)
      expect(ms).toBeLessThanOrEqual(3_600_000)
    }
  })

  it('never throws on hostile objects: Proxies with throwing traps, revoked Proxies, a Proxy clock (security review #11)', () => {
    const throwingArray = new Proxy([], { get: () => { throw new Error('trap') } })
    const { proxy: revoked, revoke } = Proxy.revocable({}, {})
    revoke()
    expect(parseRetryAfter(throwingArray)).toBeUndefined()
    expect(parseRetryAfter(revoked)).toBeUndefined()
    const clock = new Proxy(new Date(), { getPrototypeOf: () => { throw new Error('trap') } })
    const ms = parseRetryAfter('Wed, 21 Oct 2099 07:28:00 GMT', clock as never)
    expect(ms).toBeGreaterThan(0)
    expect(parseRetryAfter('120', clock as never)).toBe(120_000)
  })

  it('never throws and never returns NaN on arbitrary input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.stringMatching(/^\d{1,30}$/),
          fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
          fc.anything(),
          fc.array(fc.string(), { maxLength: 4 }),
          fc.double(),
        ),
        fc.oneof(fc.double(), fc.integer(), fc.date({ noInvalidDate: false }), fc.constant(undefined)),
        (value, now) => {
          const ms = parseRetryAfter(value, now)
          if (ms !== undefined) {
            expect(Number.isFinite(ms)).toBe(true)
            expect(ms).toBeGreaterThanOrEqual(0)
          }
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('reads every IMF-fixdate that Date#toUTCString produces', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), (date) => {
        const t = Math.floor(date.getTime() / 1000) * 1000
        expect(parseRetryAfter(new Date(t).toUTCString(), t - 1000)).toBe(1000)
      }),
      { numRuns: 2000 },
    )
  })
})
