import { describe, expect, it } from 'vitest'
import { retryAfterValue } from '../../../src/core/http/retry-after-value.js'

describe('retryAfterValue', () => {
  it('writes seconds as a whole number', () => {
    expect(retryAfterValue(0)).toBe('0')
    expect(retryAfterValue(120)).toBe('120')
  })
  it('rounds a fraction of a second up: the client never comes back sooner than asked', () => {
    expect(retryAfterValue(1.5)).toBe('2')
    expect(retryAfterValue(0.001)).toBe('1')
    expect(retryAfterValue(-0)).toBe('0')
  })
  it('caps a huge number at 2^31 seconds, never an exponent form', () => {
    expect(retryAfterValue(1e21)).toBe('2147483648')
    expect(retryAfterValue(Number.MAX_VALUE)).toMatch(/^\d+$/)
  })
  it('writes a Date as an IMF-fixdate', () => {
    expect(retryAfterValue(new Date(Date.UTC(2026, 9, 21, 7, 28, 0)))).toBe('Wed, 21 Oct 2026 07:28:00 GMT')
  })
  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY, '30', null, new Date('nope')])('never throws for %s: it says why the header is left out', (value) => {
    expect(retryAfterValue(value)).toStrictEqual({
      leftOut: '`options.retryAfter` is not a non-negative number of seconds or a valid Date',
    })
  })
})
